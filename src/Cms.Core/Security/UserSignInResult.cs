namespace Cms.Core.Security;

/// <summary>The outcome of a password sign-in; <see cref="User"/> is set only on success.</summary>
public sealed record UserSignInResult(UserSignInStatus Status, UserRecord? User)
{
    public static UserSignInResult Failed { get; } = new(UserSignInStatus.Failed, null);

    public static UserSignInResult LockedOut { get; } = new(UserSignInStatus.LockedOut, null);

    public static UserSignInResult Disabled { get; } = new(UserSignInStatus.Disabled, null);

    public static UserSignInResult Success(UserRecord user) => new(UserSignInStatus.Succeeded, user);
}

using Cms.Core.Storage;

namespace Cms.Core.Security;

/// <summary>
/// Password sign-in with lockout (Identity's defaults: 5 failures lock the account for 5 minutes) and
/// password changes. Failures are counted in the user document, so every node sees the same count.
/// </summary>
public sealed class UserSignIn
{
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    /// <summary>Identity's default minimum; longer passphrases are what we want editors to use.</summary>
    public const int MinimumPasswordLength = 8;

    private readonly DocumentStore _store;
    private readonly UserPasswords _passwords;
    private readonly TimeProvider _clock;

    public UserSignIn(DocumentStore store, UserPasswords passwords, TimeProvider clock)
    {
        _store = store;
        _passwords = passwords;
        _clock = clock;
    }

    public async Task<UserSignInResult> PasswordSignInAsync(string userNameOrEmail, string password, CancellationToken cancellationToken)
    {
        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        var user = await SecurityStore.FindUserByNameAsync(session, userNameOrEmail, cancellationToken);
        if (user is null)
        {
            return UserSignInResult.Failed;
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        if (user.LockoutEndUtc is { } end && end > now)
        {
            return UserSignInResult.LockedOut;
        }

        var check = _passwords.Verify(user, password);
        if (check == PasswordCheckResult.Failed)
        {
            user.AccessFailedCount++;
            var locked = user.AccessFailedCount >= MaxFailedAttempts;
            if (locked)
            {
                user.LockoutEndUtc = now + LockoutDuration;
                user.AccessFailedCount = 0;
            }

            await SecurityStore.SaveUserAsync(session, user, cancellationToken);
            await session.CommitAsync(cancellationToken);
            return locked ? UserSignInResult.LockedOut : UserSignInResult.Failed;
        }

        // A disabled account is refused only after the password matched, so the message reveals nothing to guessers.
        if (!user.IsEnabled)
        {
            return UserSignInResult.Disabled;
        }

        if (check == PasswordCheckResult.SuccessRehashNeeded)
        {
            user.PasswordHash = _passwords.Hash(user, password);
        }

        user.AccessFailedCount = 0;
        user.LockoutEndUtc = null;
        user.SecurityStamp ??= UserPasswords.NewSecurityStamp();
        await SecurityStore.SaveUserAsync(session, user, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return UserSignInResult.Success(user);
    }

    /// <summary>Checks the current password and stores the new one; errors are keyed by form field.</summary>
    public async Task<PasswordChangeResult> ChangePasswordAsync(
        string userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (newPassword.Length < MinimumPasswordLength)
        {
            errors["NewPassword"] = $"The new password must be at least {MinimumPasswordLength} characters long.";
            return new PasswordChangeResult(errors, null);
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        var user = await SecurityStore.FindUserByIdAsync(session, userId, cancellationToken);
        if (user is null || _passwords.Verify(user, currentPassword) == PasswordCheckResult.Failed)
        {
            errors["CurrentPassword"] = "The current password is not correct.";
            return new PasswordChangeResult(errors, null);
        }

        _passwords.SetPassword(user, newPassword);
        await SecurityStore.SaveUserAsync(session, user, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return new PasswordChangeResult(errors, user);
    }

    /// <summary>Whether a signed-in cookie still stands for an enabled user with the same security stamp.</summary>
    public async Task<UserRecord?> FindCurrentAsync(string userId, string? securityStamp, CancellationToken cancellationToken)
    {
        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        var user = await SecurityStore.FindUserByIdAsync(session, userId, cancellationToken);
        return user is { IsEnabled: true } && string.Equals(user.SecurityStamp ?? "", securityStamp ?? "", StringComparison.Ordinal) ? user : null;
    }
}

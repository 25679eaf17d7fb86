using Cms.Core.Storage;

namespace Cms.Core.Security;

/// <summary>
/// Password sign-in with lockout (<see cref="SignInOptions"/>) and password changes. Failures are counted in the
/// user document, so every node sees the same count. Every attempt costs one password hash check, whether the
/// name exists, the account is locked or the password is wrong, so neither timing nor the answer tells them apart.
/// </summary>
public sealed class UserSignIn
{
    private readonly DocumentStore _store;
    private readonly UserPasswords _passwords;
    private readonly TimeProvider _clock;
    private readonly PasswordPolicy _policy;
    private readonly SignInOptions _options;

    public UserSignIn(DocumentStore store, UserPasswords passwords, TimeProvider clock, PasswordPolicy? policy = null, SignInOptions? options = null)
    {
        _store = store;
        _passwords = passwords;
        _clock = clock;
        _policy = policy ?? new PasswordPolicy();
        _options = options ?? new SignInOptions();
    }

    public async Task<UserSignInResult> PasswordSignInAsync(string userNameOrEmail, string password, CancellationToken cancellationToken)
    {
        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        var user = await SecurityStore.FindUserByNameAsync(session, userNameOrEmail, cancellationToken);
        if (user is null)
        {
            _passwords.VerifyForUnknownUser(password);
            return UserSignInResult.Failed;
        }

        var check = _passwords.Verify(user, password);
        if (IsLockedOut(user))
        {
            // Not counted: failures during a lockout would only extend it for the account's owner.
            return UserSignInResult.LockedOut;
        }

        if (check == PasswordCheckResult.Failed)
        {
            var locked = await RecordFailureAsync(session, user, cancellationToken);
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

    /// <summary>
    /// Checks the current password and stores the new one; errors are keyed by form field. A wrong current password
    /// counts towards the account's lockout as a failed sign-in does.
    /// </summary>
    public async Task<PasswordChangeResult> ChangePasswordAsync(
        string userId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        var user = await SecurityStore.FindUserByIdAsync(session, userId, cancellationToken);
        if (user is null)
        {
            _passwords.VerifyForUnknownUser(currentPassword);
            errors[PasswordChangeResult.CurrentPasswordField] = PasswordChangeResult.WrongCurrentPassword;
            return new PasswordChangeResult(errors, null);
        }

        var check = _passwords.Verify(user, currentPassword);
        if (IsLockedOut(user) || check == PasswordCheckResult.Failed)
        {
            if (!IsLockedOut(user))
            {
                await RecordFailureAsync(session, user, cancellationToken);
            }

            errors[PasswordChangeResult.CurrentPasswordField] = PasswordChangeResult.WrongCurrentPassword;
            return new PasswordChangeResult(errors, null);
        }

        if (_policy.Check(newPassword, user.UserName, user.Email) is { } refused)
        {
            errors[PasswordChangeResult.NewPasswordField] = refused;
            return new PasswordChangeResult(errors, null);
        }

        _passwords.SetPassword(user, newPassword);
        user.AccessFailedCount = 0;
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

    private bool IsLockedOut(UserRecord user) => user.LockoutEndUtc is { } end && end > _clock.GetUtcNow().UtcDateTime;

    /// <summary>Counts a wrong password and commits; true when this failure locked the account.</summary>
    private async Task<bool> RecordFailureAsync(WriteSession session, UserRecord user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount++;
        var locked = user.AccessFailedCount >= _options.MaxFailedAttempts;
        if (locked)
        {
            user.LockoutEndUtc = _clock.GetUtcNow().UtcDateTime + _options.LockoutDuration;
            user.AccessFailedCount = 0;
        }

        await SecurityStore.SaveUserAsync(session, user, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return locked;
    }
}

namespace Cms.Core.Security;

/// <summary>A password change: the updated user on success, otherwise the messages keyed by form field.</summary>
public sealed record PasswordChangeResult(IReadOnlyDictionary<string, string> Errors, UserRecord? User)
{
    public const string CurrentPasswordField = "CurrentPassword";

    public const string NewPasswordField = "NewPassword";

    /// <summary>Also the answer while the account is locked, so the page does not tell the two apart.</summary>
    public const string WrongCurrentPassword = "The current password is not correct.";

    /// <summary>True when the refusal was a wrong current password (which the caller counts as a failed sign-in).</summary>
    public bool CurrentPasswordRefused => Errors.ContainsKey(CurrentPasswordField);
}

namespace Cms.Core.Security;

/// <summary>
/// Whether a new password may be used: long enough, not on the bundled list of common passwords and not the
/// account's own name or e-mail. Applied wherever a password is chosen (admin, change password, setup, recipes);
/// never to signing in, so an existing password keeps working after the policy tightens.
/// </summary>
public sealed class PasswordPolicy
{
    public PasswordPolicy(PasswordPolicyOptions? options = null)
    {
        MinimumLength = (options ?? new PasswordPolicyOptions()).MinimumLength;
    }

    public int MinimumLength { get; }

    /// <summary>Null when the password is acceptable; otherwise the reason, written for the person choosing it.</summary>
    public string? Check(string? password, string? userName = null, string? email = null)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Enter a password.";
        }

        if (password.EnumerateRunes().Count() < MinimumLength)
        {
            return $"The password must be at least {MinimumLength} characters long.";
        }

        if (CommonPasswords.Contains(password) || Same(password, userName) || Same(password, email))
        {
            return "This password is too easy to guess: it is a common password or the account's own name. Choose another.";
        }

        return null;
    }

    private static bool Same(string password, string? accountValue) =>
        !string.IsNullOrEmpty(accountValue) && string.Equals(password.Trim(), accountValue.Trim(), StringComparison.OrdinalIgnoreCase);
}

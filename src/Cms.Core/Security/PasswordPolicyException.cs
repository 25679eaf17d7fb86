namespace Cms.Core.Security;

/// <summary>A password given in configuration or on the command line that the <see cref="PasswordPolicy"/> refuses.</summary>
public sealed class PasswordPolicyException : Exception
{
    public PasswordPolicyException()
    {
    }

    public PasswordPolicyException(string message)
        : base(message)
    {
    }

    public PasswordPolicyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

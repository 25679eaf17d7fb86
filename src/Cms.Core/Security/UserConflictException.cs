namespace Cms.Core.Security;

/// <summary>A user name or e-mail that another user already has.</summary>
public sealed class UserConflictException : Exception
{
    public UserConflictException()
    {
    }

    public UserConflictException(string message)
        : base(message)
    {
    }

    public UserConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

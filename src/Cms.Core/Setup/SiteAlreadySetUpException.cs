namespace Cms.Core.Setup;

/// <summary>Setup found the site already set up (by another node or an earlier run) and changed nothing.</summary>
public sealed class SiteAlreadySetUpException : Exception
{
    public SiteAlreadySetUpException()
    {
    }

    public SiteAlreadySetUpException(string message)
        : base(message)
    {
    }

    public SiteAlreadySetUpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

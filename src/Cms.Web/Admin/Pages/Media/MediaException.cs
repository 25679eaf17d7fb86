namespace Cms.Web.Admin.Pages.Media;

/// <summary>A media operation the editor asked for that cannot be done (bad name, outside the root, exists).</summary>
public sealed class MediaException : Exception
{
    public MediaException()
    {
    }

    public MediaException(string message)
        : base(message)
    {
    }

    public MediaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

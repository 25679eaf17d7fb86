namespace Cms.Core.Content;

/// <summary>An item or version that was asked for does not exist.</summary>
public sealed class ContentNotFoundException : Exception
{
    public ContentNotFoundException()
    {
    }

    public ContentNotFoundException(string message)
        : base(message)
    {
    }

    public ContentNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Cms.Core.Querying;

/// <summary>A query that cannot be run as asked (unknown column, bad value); names the culprit.</summary>
public sealed class ContentQueryException : Exception
{
    public ContentQueryException()
    {
    }

    public ContentQueryException(string message)
        : base(message)
    {
    }

    public ContentQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

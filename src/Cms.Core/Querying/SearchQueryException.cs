namespace Cms.Core.Querying;

/// <summary>Search text that is not a valid query; the message says what is wrong and where, for the caller to name its argument.</summary>
public sealed class SearchQueryException : Exception
{
    public SearchQueryException()
    {
    }

    public SearchQueryException(string message)
        : base(message)
    {
    }

    public SearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

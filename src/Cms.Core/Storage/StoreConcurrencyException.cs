namespace Cms.Core.Storage;

/// <summary>A save was based on a stale version of a document; nothing was written.</summary>
public sealed class StoreConcurrencyException : Exception
{
    public StoreConcurrencyException()
    {
    }

    public StoreConcurrencyException(string message)
        : base(message)
    {
    }

    public StoreConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

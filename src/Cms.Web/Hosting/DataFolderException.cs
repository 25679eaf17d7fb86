namespace Cms.Web.Hosting;

/// <summary>The data folder cannot be created or written; its message is the one line the operator reads.</summary>
public sealed class DataFolderException : Exception
{
    public DataFolderException()
    {
    }

    public DataFolderException(string message)
        : base(message)
    {
    }

    public DataFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Cms.Core.Backup;

/// <summary>A backup could not be written, or an archive cannot be restored as it is; nothing was changed.</summary>
public sealed class BackupException : Exception
{
    public BackupException()
    {
    }

    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

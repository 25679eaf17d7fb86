namespace Cms.Core.Content;

/// <summary>The import found items edited on this site since their imported copy and was told to fail; nothing is written.</summary>
public sealed class ContentImportConflictException : Exception
{
    public ContentImportConflictException()
        : this([])
    {
    }

    public ContentImportConflictException(string message)
        : base(message)
    {
        Conflicts = [];
    }

    public ContentImportConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        Conflicts = [];
    }

    public ContentImportConflictException(IReadOnlyList<ContentImportConflict> conflicts)
        : base($"{conflicts.Count} items were changed on this site after the imported copy was made.")
    {
        Conflicts = conflicts;
    }

    public IReadOnlyList<ContentImportConflict> Conflicts { get; }
}

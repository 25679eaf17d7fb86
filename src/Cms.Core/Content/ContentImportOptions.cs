namespace Cms.Core.Content;

/// <summary>How an import treats items edited on this site since their imported copy, and whose items they become.</summary>
public sealed record ContentImportOptions
{
    public static ContentImportOptions Default { get; } = new();

    public ContentConflictMode OnConflict { get; init; } = ContentConflictMode.Fail;

    /// <summary>
    /// Imported <c>Owner</c> or <c>Author</c> values (as written in the import: a user id or a user name) to replace by a
    /// user of this site (named by user name or id): e.g. a staging editor by their production account.
    /// </summary>
    public IReadOnlyDictionary<string, string> OwnerMap { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

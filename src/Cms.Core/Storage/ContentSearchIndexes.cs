using Cms.Core.Storage.Sqlite;

namespace Cms.Core.Storage;

/// <summary>The full-text engine of each database provider.</summary>
internal static class ContentSearchIndexes
{
    /// <summary>The engine of a dialect; null for a provider that has none yet (its content is then not searchable).</summary>
    public static IContentSearchIndex? Find(ISqlDialect dialect) => dialect switch
    {
        SqliteDialect => SqliteContentSearch.Instance,
        _ => null,
    };

    public static IContentSearchIndex For(ISqlDialect dialect) =>
        Find(dialect) ?? throw new Querying.ContentQueryException($"Full-text search is not available on the {dialect.Name} database yet.");
}

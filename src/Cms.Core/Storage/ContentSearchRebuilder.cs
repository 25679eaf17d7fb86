using System.Globalization;
using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage;

/// <summary>
/// Refills the full-text index from the stored published and latest versions, inside one write session: readers see
/// the old index until it commits, and a failed rebuild leaves it as it was.
/// </summary>
internal static class ContentSearchRebuilder
{
    private const int ItemsPerRead = 500;

    /// <summary>Whether the store asks for a rebuild (the migration that added search found content to index).</summary>
    public static async Task<bool> IsRequestedAsync(SqlSession session, CancellationToken cancellationToken) =>
        (await session.GetDocumentsAsync(DocumentTypes.SearchRebuild, cancellationToken)).Count > 0;

    /// <summary>Rebuilds the index; returns how many versions were indexed.</summary>
    public static async Task<int> RebuildAsync(
        WriteSession session, Func<ContentItem, ContentIndexEntries> entriesOf, IProgress<(int Done, int Total)>? progress,
        CancellationToken cancellationToken)
    {
        var index = ContentSearchIndexes.For(session.Dialect);
        var ids = (await session.RowsAsync(
                $"SELECT DocumentId FROM {ContentItemIndex} WHERE Latest = 1 OR Published = 1 ORDER BY DocumentId", [], cancellationToken))
            .Select(row => Convert.ToInt64(row[0], CultureInfo.InvariantCulture)).ToList();
        await index.ClearAsync(session, cancellationToken);
        progress?.Report((0, ids.Count));
        var done = 0;
        foreach (var chunk in ids.Chunk(ItemsPerRead))
        {
            var names = chunk.Select((_, n) => $"@d{n}").ToList();
            var items = await session.LoadContentItemsAsync($"i.DocumentId IN ({string.Join(", ", names)})",
                chunk.Select((id, n) => (names[n], (object?)id)).ToList(), cancellationToken);
            await session.IndexSearchAsync(items.Select(item => (item, entriesOf(item))).ToList(), cancellationToken);
            done += chunk.Length;
            progress?.Report((done, ids.Count));
        }

        await session.ExecuteAsync($"DELETE FROM {Documents} WHERE Type = @type", [("@type", DocumentTypes.SearchRebuild)], cancellationToken);
        return ids.Count;
    }
}

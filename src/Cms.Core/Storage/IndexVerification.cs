using System.Globalization;
using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage;

/// <summary>
/// Compares the index tables with the documents: rows that point at no content item version, and for each version the
/// rows the indexing code gives it now against the rows stored. The expected rows come from <see cref="ContentIndexWriter"/>
/// itself, so this check can never disagree with what a save writes.
/// </summary>
public static class IndexVerification
{
    /// <summary>Index rows whose document is missing or is not a content item version: (table, item id, document id, rows).</summary>
    public static async Task<IReadOnlyList<(string Table, string ContentItemId, long DocumentId, long Rows)>> OrphanRowsAsync(
        SqlSession session, CancellationToken cancellationToken)
    {
        var orphans = new List<(string, string, long, long)>();
        foreach (var table in ContentIndexWriter.IndexTables)
        {
            var rows = await session.RowsAsync(
                $"SELECT t.ContentItemId, t.DocumentId, COUNT(*) FROM {table} t LEFT JOIN {Documents} d ON d.Id = t.DocumentId AND d.Type = @type " +
                "WHERE d.Id IS NULL GROUP BY t.ContentItemId, t.DocumentId ORDER BY t.DocumentId",
                [("@type", DocumentTypes.ContentItem)], cancellationToken);
            orphans.AddRange(rows.Select(r => (table, (string)r[0]!, ToLong(r[1]), ToLong(r[2]))));
        }

        return orphans;
    }

    /// <summary>Up to <paramref name="count"/> stored content item versions after document <paramref name="afterDocumentId"/>, in id order.</summary>
    public static async Task<IReadOnlyList<ContentItem>> ContentItemVersionsAsync(
        SqlSession session, long afterDocumentId, int count, CancellationToken cancellationToken)
    {
        var rows = await session.RowsAsync(
            $"SELECT Id, Content, Version FROM {Documents} WHERE Type = @type AND Id > @after ORDER BY Id LIMIT @count",
            [("@type", DocumentTypes.ContentItem), ("@after", afterDocumentId), ("@count", count)], cancellationToken);
        return [.. rows.Select(r =>
        {
            var item = ContentItemJson.Parse((string)r[1]!);
            item.DocumentId = ToLong(r[0]);
            item.DocumentVersion = ToLong(r[2]);
            return item;
        })];
    }

    /// <summary>What differs between the version's stored index rows and the rows <paramref name="entries"/> give it; empty when none.</summary>
    /// <param name="session">The session to read the stored rows with.</param>
    /// <param name="item">A stored version.</param>
    /// <param name="entries">What the indexing code gives the version now.</param>
    /// <param name="itemRowOnly">Compare only the ContentItemIndex row: the type's definition is gone (a deleted type), so nothing can
    /// recompute its part and field rows, which keep what they held.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    public static async Task<IReadOnlyList<string>> CompareAsync(
        SqlSession session, ContentItem item, ContentIndexEntries entries, bool itemRowOnly, CancellationToken cancellationToken)
    {
        var expected = new ContentIndexRows();
        ContentIndexWriter.Add(expected, item, entries);
        var pending = expected.Pending().ToDictionary(t => t.Table, StringComparer.Ordinal);
        var differences = new List<string>();
        IReadOnlyList<string> tables = itemRowOnly ? [ContentItemIndex] : ContentIndexWriter.IndexTables;
        foreach (var table in tables)
        {
            if (!pending.TryGetValue(table, out var wanted))
            {
                var extra = ToLong(await session.ScalarAsync($"SELECT COUNT(*) FROM {table} WHERE DocumentId = @id", [("@id", item.DocumentId)], cancellationToken));
                if (extra > 0)
                {
                    differences.Add($"{table} holds {extra} row(s) the version should not have");
                }

                continue;
            }

            var stored = await session.RowsAsync($"SELECT {wanted.Columns} FROM {table} WHERE DocumentId = @id", [("@id", item.DocumentId)], cancellationToken);
            var storedTexts = stored.Select(Text).ToList();
            var wantedTexts = wanted.Rows.Select(Text).ToList();
            differences.AddRange(Except(wantedTexts, storedTexts).Select(row => $"{table} lacks the row ({row})"));
            differences.AddRange(Except(storedTexts, wantedTexts).Select(row => $"{table} holds a row the version does not give ({row})"));
        }

        return differences;
    }

    /// <summary>Rows of <paramref name="left"/> not matched one for one in <paramref name="right"/> (a multiset difference).</summary>
    private static IEnumerable<string> Except(List<string> left, List<string> right)
    {
        var remaining = right.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var row in left)
        {
            if (remaining.TryGetValue(row, out var count) && count > 0)
            {
                remaining[row] = count - 1;
            }
            else
            {
                yield return row;
            }
        }
    }

    private static string Text(object?[] row) =>
        string.Join(", ", row.Select(v => v is null or DBNull ? "null" : Convert.ToString(v, CultureInfo.InvariantCulture)));

    private static long ToLong(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}

using Cms.Core.ContentModel;
using Cms.Core.Storage;

namespace Cms.Core.Content;

/// <summary>
/// Batches one after the other, overlapped: while a batch of new items waits to be written, the next is read,
/// planned and prepared in the background. A batch naming an item of the waiting one waits for its writes.
/// Each chunk's owners are mapped and its conflicts found against the store before anything of it is written.
/// </summary>
internal sealed class ContentImportPipeline(
    ContentSession session, ContentConflictMode onConflict, ContentOwners owners, bool itemByItem, CancellationToken cancellationToken)
{
    private readonly HashSet<string> _seenVersions = new(StringComparer.Ordinal);

    // Version ids of earlier chunks: stored versions this import wrote are not the site's own edits.
    private readonly HashSet<string> _writtenVersions = new(StringComparer.Ordinal);

    // Items whose stored version wins: later copies of them are skipped too, so no part of the import lands on top.
    private readonly HashSet<string> _keptIds = new(StringComparer.Ordinal);
    private readonly List<ContentImportConflict> _conflicts = [];

    // Started but not yet written: waited for when the import stops early.
    private readonly List<ContentImportBatch> _started = [];
    private ContentImportBatch? _pending;

    public int[] Counts { get; } = new int[5];

    public IReadOnlyList<ContentImportConflict> Conflicts => _conflicts;

    public async Task RunAsync(IEnumerable<ContentItem> items)
    {
        try
        {
            using var chunks = items.Chunk(ContentImporter.BatchSize).GetEnumerator();
            for (var start = 0; await NextAsync(chunks, start) is { } next; start += chunks.Current.Length)
            {
                await WritePendingAsync();
                if (next.Batch is not null)
                {
                    _pending = next.Batch;
                }
                else
                {
                    await ContentImporter.ImportOneByOneAsync(session, next.Items, next.Versions, Counts, cancellationToken);
                }
            }

            await WritePendingAsync();
        }
        finally
        {
            foreach (var batch in _started.ToList())
            {
                await batch.AbandonAsync();
            }
        }
    }

    /// <summary>
    /// Reads, plans and starts the next chunk, or null at the end. The batch before it may still wait to be
    /// written: a failure here is reported after that batch's own, whose items come first.
    /// </summary>
    private async Task<Next?> NextAsync(IEnumerator<ContentItem[]> chunks, int start)
    {
        try
        {
            if (!chunks.MoveNext())
            {
                return null;
            }

            var items = WithoutDuplicates(chunks.Current, start, _seenVersions, Counts);
            await owners.ApplyAsync(items.Select(i => i.Item), cancellationToken);
            if (_pending is not null && _pending.Affects(chunks.Current))
            {
                await WritePendingAsync();
            }

            await EnsureIdsKeepTheirTypesAsync(session, items, cancellationToken);
            var versions = await LoadVersionsAsync(session, chunks.Current, cancellationToken);
            items = WithoutConflicts(items, versions);
            _writtenVersions.UnionWith(items.Select(i => i.Item.ContentItemVersionId).Where(v => v.Length > 0));
            var batch = itemByItem ? null : await ContentImportBatch.StartAsync(session, items, versions, Counts, cancellationToken);
            if (batch is not null)
            {
                _started.Add(batch);
            }

            return new Next(items, versions, batch);
        }
        catch (Exception) when (_pending is not null)
        {
            await WritePendingAsync();
            throw;
        }
    }

    private async Task WritePendingAsync()
    {
        if (_pending is { } batch)
        {
            _pending = null;
            await batch.CompleteAsync(Counts, cancellationToken);
            _started.Remove(batch);
        }
    }

    /// <summary>The chunk's items to import, with their index in the import; a version id seen before is a duplicate, skipped.</summary>
    private static List<(int Index, ContentItem Item)> WithoutDuplicates(ContentItem[] chunk, int start, HashSet<string> seenVersions, int[] counts)
    {
        for (var i = 0; i < chunk.Length; i++)
        {
            if (string.IsNullOrEmpty(chunk[i].ContentItemId))
            {
                throw new ContentValidationException([new ContentValidationError($"/{start + i}/ContentItemId", "The content item is missing a 'ContentItemId'.")]);
            }
        }

        var batch = new List<(int Index, ContentItem Item)>(chunk.Length);
        for (var i = 0; i < chunk.Length; i++)
        {
            if (chunk[i].ContentItemVersionId.Length > 0 && !seenVersions.Add(chunk[i].ContentItemVersionId))
            {
                counts[(int)ContentImporter.Outcome.Duplicate]++;
            }
            else
            {
                batch.Add((start + i, chunk[i]));
            }
        }

        return batch;
    }

    /// <summary>
    /// The chunk's items less those that must not be written: conflicting items are reported and, unless the import's
    /// copy wins (<see cref="ContentConflictMode.Source"/>), skipped with every later copy of the same item.
    /// </summary>
    private List<(int Index, ContentItem Item)> WithoutConflicts(List<(int Index, ContentItem Item)> items, List<ContentItem> versions)
    {
        foreach (var (index, imported) in items)
        {
            var ofItem = versions.Where(v => v.ContentItemId == imported.ContentItemId).ToList();
            if (ContentConflictCheck.Find(imported, ofItem, _writtenVersions) is { } stored)
            {
                _conflicts.Add(ContentConflictCheck.Describe(index, imported, stored, onConflict));
                if (onConflict != ContentConflictMode.Source)
                {
                    _keptIds.Add(imported.ContentItemId);
                }
            }
        }

        if (_keptIds.Count == 0)
        {
            return items;
        }

        var kept = items.Where(i => !_keptIds.Contains(i.Item.ContentItemId)).ToList();
        Counts[(int)ContentImporter.Outcome.Kept] += items.Count - kept.Count;
        return kept;
    }

    /// <summary>
    /// An import may name a stored id, a deleted item's too (Orchard's recipes bring such an item back, and an operator
    /// restoring an export relies on it), but only for the same item: an item of another type cannot take the id.
    /// </summary>
    private static async Task EnsureIdsKeepTheirTypesAsync(
        ContentSession session, List<(int Index, ContentItem Item)> items, CancellationToken cancellationToken)
    {
        var stored = await session.Storage.GetStoredContentTypesAsync(items.Select(i => i.Item.ContentItemId).ToList(), cancellationToken);
        var errors = items
            .Where(i => stored.TryGetValue(i.Item.ContentItemId, out var type) && !string.Equals(type, i.Item.ContentType, StringComparison.Ordinal))
            .Select(i => new ContentValidationError($"/{i.Index}{ContentItemIdTakenException.Path}",
                $"The id '{i.Item.ContentItemId}' belongs to a {stored[i.Item.ContentItemId]} item; a {i.Item.ContentType} item cannot take it."))
            .ToList();
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }
    }

    private static async Task<List<ContentItem>> LoadVersionsAsync(
        ContentSession session, ContentItem[] batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(i => i.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        var versionIds = batch.Select(i => i.ContentItemVersionId).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var loaded = await LiveContentItems.LoadOfItemsOrVersionsAsync(session.Storage, ids, versionIds, cancellationToken);
        return [.. loaded];
    }

    private sealed record Next(List<(int Index, ContentItem Item)> Items, List<ContentItem> Versions, ContentImportBatch? Batch);
}

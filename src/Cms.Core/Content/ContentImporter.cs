using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Core.Content;

/// <summary>
/// Imports items with Orchard's version rules (recipe Content step): a known version id is updated
/// in place (or skipped when unchanged); an unknown one becomes a new version, and the imported
/// flags decide which existing versions are demoted. Imported dates, owner and author are kept.
/// Items go in batches: a batch of new items goes through <see cref="ContentImportBatch"/> (prepared in
/// parallel, checked with one query per kind), any other batch item by item, with the same results.
/// </summary>
public static class ContentImporter
{
    public const int BatchSize = 500;

    public static Task<ContentImportResult> ImportAsync(
        ContentSession session, IEnumerable<ContentItem> items, CancellationToken cancellationToken) =>
        ImportAsync(session, items, itemByItem: false, cancellationToken);

    /// <param name="itemByItem">Saves every item on its own, never as a batch: the reference the batch path must equal.</param>
    internal static async Task<ContentImportResult> ImportAsync(
        ContentSession session, IEnumerable<ContentItem> items, bool itemByItem, CancellationToken cancellationToken)
    {
        var counts = new int[4];
        var seenVersions = new HashSet<string>(StringComparer.Ordinal);
        var started = new List<ContentImportBatch>(); // started but not yet written: waited for if the import stops early
        ContentImportBatch? pending = null;
        try
        {
            using var chunks = items.Chunk(BatchSize).GetEnumerator();
            for (var start = 0; ; start += chunks.Current.Length)
            {
                // While the next batch is read, planned and prepared, the previous one still waits to be written;
                // any failure here is reported after that batch's own, whose items come first.
                List<(int Index, ContentItem Item)> batch;
                List<ContentItem> versions;
                ContentImportBatch? next;
                try
                {
                    if (!chunks.MoveNext())
                    {
                        break;
                    }

                    batch = WithoutDuplicates(chunks.Current, start, seenVersions, counts);
                    if (pending is not null && pending.Affects(chunks.Current))
                    {
                        await CompleteAsync(pending, started, counts, cancellationToken);
                        pending = null;
                    }

                    versions = await LoadVersionsAsync(session, chunks.Current, cancellationToken);
                    next = itemByItem ? null : await ContentImportBatch.StartAsync(session, batch, versions, counts, cancellationToken);
                }
                catch (Exception) when (pending is not null)
                {
                    await CompleteAsync(pending, started, counts, cancellationToken);
                    pending = null;
                    throw;
                }

                if (next is not null)
                {
                    started.Add(next);
                }

                if (pending is not null)
                {
                    await CompleteAsync(pending, started, counts, cancellationToken);
                }

                pending = next;
                if (next is null)
                {
                    await ImportOneByOneAsync(session, batch, versions, counts, cancellationToken);
                }
            }

            if (pending is not null)
            {
                await CompleteAsync(pending, started, counts, cancellationToken);
            }
        }
        finally
        {
            foreach (var batch in started)
            {
                await batch.AbandonAsync();
            }
        }

        return new ContentImportResult(
            counts[(int)Outcome.Created], counts[(int)Outcome.Updated], counts[(int)Outcome.Unchanged], counts[(int)Outcome.Duplicate]);
    }

    /// <summary>Writes a batch; once written it is dropped from <paramref name="started"/>, so finished batches are not kept.</summary>
    private static async Task CompleteAsync(ContentImportBatch batch, List<ContentImportBatch> started, int[] counts,
        CancellationToken cancellationToken)
    {
        await batch.CompleteAsync(counts, cancellationToken);
        started.Remove(batch);
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
                counts[(int)Outcome.Duplicate]++;
            }
            else
            {
                batch.Add((start + i, chunk[i]));
            }
        }

        return batch;
    }

    internal enum Outcome
    {
        Created,
        Updated,
        Unchanged,
        Duplicate,
    }

    private static async Task ImportOneByOneAsync(ContentSession session, List<(int Index, ContentItem Item)> batch,
        List<ContentItem> versions, int[] counts, CancellationToken cancellationToken)
    {
        foreach (var (index, imported) in batch)
        {
            try
            {
                counts[(int)await ImportOneAsync(session, imported, versions, cancellationToken)]++;
            }
            catch (ContentValidationException exception)
            {
                throw WithIndex(exception, index);
            }
        }
    }

    internal static ContentValidationException WithIndex(ContentValidationException exception, int index) =>
        new(exception.Errors.Select(e => e with { Path = $"/{index}{e.Path}" }).ToList());

    private static async Task<Outcome> ImportOneAsync(
        ContentSession session, ContentItem imported, List<ContentItem> versions, CancellationToken cancellationToken)
    {
        var ofItem = versions.Where(v => v.ContentItemId == imported.ContentItemId).ToList();
        var match = FindMatch(ofItem, imported);
        if (match is not null)
        {
            return SameContent(match, imported)
                ? Outcome.Unchanged
                : await UpdateAsync(session, imported, match, ofItem, versions, cancellationToken);
        }

        if (imported.Latest && !imported.Published)
        {
            await DemoteAsync(session, ofItem.Where(v => v.Latest), latest: true, published: false, cancellationToken);
        }
        else if (imported.Published)
        {
            await DemoteAsync(session, ofItem.Where(v => v.Latest || v.Published), latest: true, published: true, cancellationToken);
        }

        var item = NewVersion(session, imported.Clone());
        await session.SaveVersionAsync(item, contentChanged: true, cancellationToken);
        versions.Add(item);
        return Outcome.Created;
    }

    private static async Task<Outcome> UpdateAsync(ContentSession session, ContentItem imported, ContentItem match,
        List<ContentItem> ofItem, List<ContentItem> versions, CancellationToken cancellationToken)
    {
        if (imported.Latest && !match.Latest)
        {
            await DemoteAsync(session, ofItem.Where(v => v.Latest && v != match), latest: true, published: false, cancellationToken);
        }

        if (imported.Published && !match.Published)
        {
            await DemoteAsync(session, ofItem.Where(v => v.Published && v != match), latest: false, published: true, cancellationToken);
        }

        var merged = ContentItemJson.ToJsonObject(match);
        JsonMerge.Into(merged, WithoutAbsentMetadata(ContentItemJson.ToJsonObject(imported)));
        var updated = ContentItemJson.FromJsonObject(merged);
        updated.DocumentId = match.DocumentId;
        updated.DocumentVersion = match.DocumentVersion;
        updated.Latest = imported.Latest;
        updated.Published = imported.Published;
        await session.SaveVersionAsync(updated, contentChanged: true, cancellationToken);
        versions[versions.IndexOf(match)] = updated;
        return Outcome.Updated;
    }

    /// <summary>The stored version the import names by its version id, if any.</summary>
    internal static ContentItem? FindMatch(List<ContentItem> ofItem, ContentItem imported) =>
        imported.ContentItemVersionId.Length > 0
            ? ofItem.Find(v => v.ContentItemVersionId == imported.ContentItemVersionId)
            : null;

    /// <summary>An imported item as a new version to insert: missing ids, dates, owner and author filled in.</summary>
    internal static ContentItem NewVersion(ContentSession session, ContentItem item)
    {
        var now = session.Now;
        item.DocumentId = 0;
        item.DocumentVersion = 0;
        item.ContentItemVersionId = item.ContentItemVersionId.Length > 0 ? item.ContentItemVersionId : IdGenerator.NewId();
        item.CreatedUtc ??= now;
        item.ModifiedUtc ??= now;
        if (item.Published)
        {
            item.PublishedUtc ??= now;
        }

        item.Owner = string.IsNullOrEmpty(item.Owner) ? session.Actor.UserId : item.Owner;
        item.Author = string.IsNullOrEmpty(item.Author) ? session.Actor.UserName : item.Author;
        return item;
    }

    private static async Task DemoteAsync(ContentSession session, IEnumerable<ContentItem> versions, bool latest, bool published,
        CancellationToken cancellationToken)
    {
        foreach (var version in versions.ToList())
        {
            version.Latest = !latest && version.Latest;
            version.Published = !published && version.Published;
            await session.SaveVersionAsync(version, contentChanged: false, cancellationToken);
        }
    }

    /// <summary>
    /// Flags aside, would merging the import change the stored version? An import that only restates what is
    /// stored (or leaves out metadata) is "unchanged", so running a recipe again writes nothing.
    /// </summary>
    internal static bool SameContent(ContentItem stored, ContentItem imported)
    {
        var current = ContentItemJson.ToJsonObject(stored);
        var merged = ContentItemJson.ToJsonObject(stored);
        JsonMerge.Into(merged, WithoutAbsentMetadata(ContentItemJson.ToJsonObject(imported)));
        foreach (var json in new[] { current, merged })
        {
            json.Remove("Latest");
            json.Remove("Published");
        }

        return JsonNode.DeepEquals(current, merged);
    }

    /// <summary>An imported item written without dates, owner or author must not erase the stored ones.</summary>
    private static JsonObject WithoutAbsentMetadata(JsonObject imported)
    {
        foreach (var name in imported.Where(p => p.Value is null && ContentItemJson.IsMetadataName(p.Key)).Select(p => p.Key).ToList())
        {
            imported.Remove(name);
        }

        return imported;
    }

    private static async Task<List<ContentItem>> LoadVersionsAsync(
        ContentSession session, ContentItem[] batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(i => i.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        var versionIds = batch.Select(i => i.ContentItemVersionId).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var parameters = new List<(string, object?)>();
        var idNames = ids.Select((id, index) => { parameters.Add(($"@i{index}", id)); return $"@i{index}"; }).ToList();
        var versionNames = versionIds.Select((id, index) => { parameters.Add(($"@v{index}", id)); return $"@v{index}"; }).ToList();
        var versionCondition = versionNames.Count == 0 ? "" : $" OR i.ContentItemVersionId IN ({string.Join(", ", versionNames)})";
        var loaded = await session.Storage.LoadContentItemsAsync(
            $"i.ContentItemId IN ({string.Join(", ", idNames)}) AND (i.Latest = 1 OR i.Published = 1{versionCondition})",
            parameters, cancellationToken);
        return [.. loaded];
    }
}

using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Storage;
using Cms.Core.Webhooks;

namespace Cms.Core.Content;

/// <summary>
/// Imports items with Orchard's version rules (recipe Content step): a known version id is updated
/// in place (or skipped when unchanged); an unknown one becomes a new version, and the imported
/// flags decide which existing versions are demoted. Imported dates, owner and author are kept (owners can be mapped to
/// this site's users). An item whose stored version was modified after the imported copy is a conflict, handled as
/// <see cref="ContentImportOptions.OnConflict"/> says. Items go in batches: a batch of new items goes through <see cref="ContentImportBatch"/> (prepared in
/// parallel, checked with one query per kind), any other batch item by item, with the same results.
/// </summary>
public static class ContentImporter
{
    public const int BatchSize = 500;

    /// <summary>Dates a save sets by itself: an import differing from the stored version only in these is "unchanged".</summary>
    internal static readonly string[] TimestampNames = ["ModifiedUtc", "PublishedUtc", "CreatedUtc"];

    public static Task<ContentImportResult> ImportAsync(
        ContentSession session, IEnumerable<ContentItem> items, CancellationToken cancellationToken) =>
        ImportAsync(session, items, ContentImportOptions.Default, itemByItem: false, cancellationToken);

    /// <exception cref="ContentImportConflictException">Conflicts were found under <see cref="ContentConflictMode.Fail"/>.</exception>
    /// <exception cref="ContentOwnerMapException">An owner mapping names a user this site does not have.</exception>
    public static Task<ContentImportResult> ImportAsync(
        ContentSession session, IEnumerable<ContentItem> items, ContentImportOptions options, CancellationToken cancellationToken) =>
        ImportAsync(session, items, options, itemByItem: false, cancellationToken);

    /// <exception cref="ContentOwnerMapException">A mapping names a user this site does not have.</exception>
    public static Task CheckOwnerMapAsync(SqlSession session, IReadOnlyDictionary<string, string> ownerMap, CancellationToken cancellationToken) =>
        ContentOwners.ResolveAsync(session, ownerMap, cancellationToken);

    internal static Task<ContentImportResult> ImportAsync(
        ContentSession session, IEnumerable<ContentItem> items, bool itemByItem, CancellationToken cancellationToken) =>
        ImportAsync(session, items, ContentImportOptions.Default, itemByItem, cancellationToken);

    /// <param name="itemByItem">Saves every item on its own, never as a batch: the reference the batch path must equal.</param>
    internal static async Task<ContentImportResult> ImportAsync(ContentSession session, IEnumerable<ContentItem> items,
        ContentImportOptions options, bool itemByItem, CancellationToken cancellationToken)
    {
        var owners = await ContentOwners.LoadAsync(session.Storage, options.OwnerMap, cancellationToken);
        var pipeline = new ContentImportPipeline(session, options.OnConflict, owners, itemByItem, cancellationToken);
        await pipeline.RunAsync(items);
        if (options.OnConflict == ContentConflictMode.Fail && pipeline.Conflicts.Count > 0)
        {
            throw new ContentImportConflictException(pipeline.Conflicts);
        }

        var counts = pipeline.Counts;
        return new ContentImportResult(
            counts[(int)Outcome.Created], counts[(int)Outcome.Updated], counts[(int)Outcome.Unchanged], counts[(int)Outcome.Duplicate])
        {
            Kept = counts[(int)Outcome.Kept],
            Conflicts = [.. pipeline.Conflicts],
            UnknownOwners = owners.Unknown,
        };
    }

    internal enum Outcome
    {
        Created,
        Updated,
        Unchanged,
        Duplicate,

        /// <summary>A conflict resolved for the site: its version stays, the imported copy is skipped.</summary>
        Kept,
    }

    internal static async Task ImportOneByOneAsync(ContentSession session, List<(int Index, ContentItem Item)> batch,
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
        session.Record(ofItem.Count == 0 ? WebhookEvents.Created : WebhookEvents.Updated, item);
        RecordPublication(session, item, wasPublished: ofItem.Any(v => v.Published));
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
        session.Record(WebhookEvents.Updated, updated);
        RecordPublication(session, updated, wasPublished: match.Published);
        return Outcome.Updated;
    }

    /// <summary>An imported version that goes live is a publication for the webhooks; one that stops being live, an unpublication.</summary>
    internal static void RecordPublication(ContentSession session, ContentItem item, bool wasPublished)
    {
        if (item.Published && !wasPublished)
        {
            session.Record(WebhookEvents.Published, item);
        }
        else if (!item.Published && wasPublished && item.Latest)
        {
            session.Record(WebhookEvents.Unpublished, item);
        }
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
    /// Flags and dates aside, would merging the import change the stored version? An import that only restates what
    /// is stored (or leaves out metadata, or carries other dates) is "unchanged", so running a recipe again, or
    /// promoting an item whose copies differ only in when they were saved, writes nothing.
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
            foreach (var name in TimestampNames)
            {
                json.Remove(name);
            }
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
}

using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Core.Content;

/// <summary>
/// Imports items with Orchard's version rules (recipe Content step): a known version id is updated
/// in place (or skipped when unchanged); an unknown one becomes a new version, and the imported
/// flags decide which existing versions are demoted. Imported dates, owner and author are kept.
/// </summary>
public static class ContentImporter
{
    public const int BatchSize = 500;

    public static async Task<ContentImportResult> ImportAsync(
        ContentSession session, IEnumerable<ContentItem> items, CancellationToken cancellationToken)
    {
        int created = 0, updated = 0, unchanged = 0, duplicates = 0;
        var seenVersions = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        foreach (var chunk in items.Chunk(BatchSize))
        {
            var batch = chunk.ToList();
            for (var i = 0; i < batch.Count; i++)
            {
                if (string.IsNullOrEmpty(batch[i].ContentItemId))
                {
                    throw new ContentValidationException([new ContentValidationError($"/{start + i}/ContentItemId", "The content item is missing a 'ContentItemId'.")]);
                }
            }

            var versions = await LoadVersionsAsync(session, batch, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                var imported = batch[i];
                if (imported.ContentItemVersionId.Length > 0 && !seenVersions.Add(imported.ContentItemVersionId))
                {
                    duplicates++;
                    continue;
                }

                try
                {
                    switch (await ImportOneAsync(session, imported, versions, cancellationToken))
                    {
                        case Outcome.Created: created++; break;
                        case Outcome.Updated: updated++; break;
                        default: unchanged++; break;
                    }
                }
                catch (ContentValidationException exception)
                {
                    throw new ContentValidationException(
                        exception.Errors.Select(e => e with { Path = $"/{start + i}{e.Path}" }).ToList());
                }
            }

            start += batch.Count;
        }

        return new ContentImportResult(created, updated, unchanged, duplicates);
    }

    private enum Outcome
    {
        Created,
        Updated,
        Unchanged,
    }

    private static async Task<Outcome> ImportOneAsync(
        ContentSession session, ContentItem imported, List<ContentItem> versions, CancellationToken cancellationToken)
    {
        var ofItem = versions.Where(v => v.ContentItemId == imported.ContentItemId).ToList();
        var match = imported.ContentItemVersionId.Length > 0
            ? ofItem.Find(v => v.ContentItemVersionId == imported.ContentItemVersionId)
            : null;

        if (match is not null)
        {
            if (SameContent(match, imported))
            {
                return Outcome.Unchanged;
            }

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

        if (imported.Latest && !imported.Published)
        {
            await DemoteAsync(session, ofItem.Where(v => v.Latest), latest: true, published: false, cancellationToken);
        }
        else if (imported.Published)
        {
            await DemoteAsync(session, ofItem.Where(v => v.Latest || v.Published), latest: true, published: true, cancellationToken);
        }

        var item = imported.Clone();
        var now = session.Now;
        item.DocumentId = 0;
        item.DocumentVersion = 0;
        item.ContentItemVersionId = imported.ContentItemVersionId.Length > 0 ? imported.ContentItemVersionId : IdGenerator.NewId();
        item.CreatedUtc ??= now;
        item.ModifiedUtc ??= now;
        if (item.Published)
        {
            item.PublishedUtc ??= now;
        }

        item.Owner = string.IsNullOrEmpty(item.Owner) ? session.Actor.UserId : item.Owner;
        item.Author = string.IsNullOrEmpty(item.Author) ? session.Actor.UserName : item.Author;
        await session.SaveVersionAsync(item, contentChanged: true, cancellationToken);
        versions.Add(item);
        return Outcome.Created;
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
    private static bool SameContent(ContentItem stored, ContentItem imported)
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

    private static async Task<List<ContentItem>> LoadVersionsAsync(ContentSession session, List<ContentItem> batch, CancellationToken cancellationToken)
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

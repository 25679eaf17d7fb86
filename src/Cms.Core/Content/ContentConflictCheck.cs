using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Core.Content;

/// <summary>
/// Finds the stored version an import would overwrite although it was modified after the imported copy: a hotfix
/// made on production after the last promotion, about to be replaced by staging's older copy. The imported item's
/// own <c>ModifiedUtc</c> (kept by exports, as in Orchard's item JSON) says when its copy was made; an item without
/// one (hand-written and setup recipes) is never a conflict.
/// </summary>
internal static class ContentConflictCheck
{
    private static readonly string[] IgnoredNames = ["ContentItemVersionId", "Latest", "Published", .. ContentImporter.TimestampNames];

    /// <summary>
    /// The newer stored version the import would replace, or null. Versions this import wrote itself are not the
    /// site's edits; a version the import leaves unchanged is overwritten by nothing.
    /// </summary>
    public static ContentItem? Find(ContentItem imported, List<ContentItem> ofItem, IReadOnlySet<string> writtenByImport)
    {
        if (imported.ModifiedUtc is not { } copyMade || !(imported.Latest || imported.Published))
        {
            return null;
        }

        // Cheap first: a re-import of the site's own export finds nothing newer and compares no JSON.
        var newer = ofItem.Where(v => v.ModifiedUtc > copyMade && !writtenByImport.Contains(v.ContentItemVersionId)).ToList();
        if (newer.Count == 0)
        {
            return null;
        }

        var match = ContentImporter.FindMatch(ofItem, imported);
        if (match is not null && ContentImporter.SameContent(match, imported))
        {
            return null;
        }

        return newer
            .Where(v => v == match || (imported.Latest && v.Latest) || (imported.Published && (v.Published || (match is null && v.Latest))))
            .Where(v => !SameData(v, imported))
            .OrderByDescending(v => v.ModifiedUtc)
            .FirstOrDefault();
    }

    public static ContentImportConflict Describe(int index, ContentItem imported, ContentItem stored, ContentConflictMode resolution) => new(
        index, stored.ContentItemId, stored.ContentType, stored.DisplayText, stored.ContentItemVersionId, stored.ModifiedUtc,
        stored.Author, imported.ModifiedUtc, resolution);

    /// <summary>Would the stored version read the same once replaced? Version ids, flags and dates aside.</summary>
    private static bool SameData(ContentItem stored, ContentItem imported)
    {
        var current = Comparable(ContentItemJson.ToJsonObject(stored));
        var incoming = Comparable(ContentItemJson.ToJsonObject(imported));
        return JsonNode.DeepEquals(current, incoming);
    }

    private static JsonObject Comparable(JsonObject json)
    {
        foreach (var name in IgnoredNames)
        {
            json.Remove(name);
        }

        foreach (var name in json.Where(p => p.Value is null && ContentItemJson.IsMetadataName(p.Key)).Select(p => p.Key).ToList())
        {
            json.Remove(name);
        }

        return json;
    }
}

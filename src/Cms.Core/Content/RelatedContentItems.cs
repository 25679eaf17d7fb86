using Cms.Core.ContentModel;
using Cms.Core.Storage;

namespace Cms.Core.Content;

/// <summary>
/// Items a page shows beside the one it is about (picked items, taxonomies in preview and in the editor), each passed
/// through the caller's read rule. The latest version is shown when the caller may read it, else the published one
/// when they may read that, else nothing: an item the caller may not see leaves no title, id or link on the page.
/// </summary>
public static class RelatedContentItems
{
    public static async Task<Dictionary<string, ContentItem>> LoadAsync(
        SqlSession session, IReadOnlyCollection<string> ids, Func<ContentItem, bool> canRead, CancellationToken cancellationToken)
    {
        var readable = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return readable;
        }

        Keep(await session.GetContentItemsAsync(ids, VersionOptions.Latest, cancellationToken), canRead, readable);
        var hidden = ids.Where(id => !readable.ContainsKey(id)).ToList();
        if (hidden.Count > 0)
        {
            // A draft the caller may not preview may sit on top of a published version they may view.
            Keep(await session.GetContentItemsAsync(hidden, VersionOptions.Published, cancellationToken), canRead, readable);
        }

        return readable;
    }

    private static void Keep(IReadOnlyDictionary<string, ContentItem> loaded, Func<ContentItem, bool> canRead, Dictionary<string, ContentItem> into)
    {
        foreach (var (id, item) in loaded)
        {
            if (canRead(item))
            {
                into[id] = item;
            }
        }
    }
}

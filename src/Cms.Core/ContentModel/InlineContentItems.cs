using System.Text.Json.Nodes;

namespace Cms.Core.ContentModel;

/// <summary>
/// Content items stored inside another item (BagPart widgets, taxonomy terms), read as items of their own so the
/// read rule can judge them like any other: they take the container's version flags and, when they name none, its owner.
/// </summary>
public static class InlineContentItems
{
    public static IReadOnlyList<ContentItem> Read(JsonNode? array, ContentItem container)
    {
        if (array is not JsonArray items)
        {
            return [];
        }

        var result = new List<ContentItem>();
        foreach (var node in items.OfType<JsonObject>())
        {
            // FromJsonObject copies the parts, so the container's JSON is never shared with the inline item.
            var item = ContentItemJson.FromJsonObject(node);
            item.Published = container.Published;
            item.Latest = container.Latest;
            item.Owner ??= container.Owner;
            result.Add(item);
        }

        return result;
    }
}

using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.GraphQL.Schema;

/// <summary>Content items stored inside another item (BagPart widgets, taxonomy terms).</summary>
internal static class InlineItems
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
            // Inline items are stored with the container: they share its version flags and owner.
            item.Published = container.Published;
            item.Latest = container.Latest;
            item.Owner ??= container.Owner;
            result.Add(item);
        }

        return result;
    }
}

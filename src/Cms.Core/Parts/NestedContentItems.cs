using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Core.Parts;

/// <summary>Prepares and validates content items held inline in a part (bag items, taxonomy terms).</summary>
internal static class NestedContentItems
{
    /// <summary>
    /// Gives each item an id when it has none, applies <paramref name="adjust"/>, prepares it through the
    /// context, and writes it back into the array (a <see cref="ContentItem"/> holds a copy of its JSON).
    /// </summary>
    public static void Prepare(ContentPartContext context, JsonArray items, Action<ContentItem>? adjust = null)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject json)
            {
                continue;
            }

            var item = ContentItemJson.FromJsonObject(json);
            if (string.IsNullOrEmpty(item.ContentItemId))
            {
                item.ContentItemId = IdGenerator.NewId();
            }

            adjust?.Invoke(item);
            context.PrepareNested?.Invoke(item);
            items[i] = ContentItemJson.ToJsonObject(item);
        }
    }

    /// <summary>
    /// The array property holding nested items, or null when absent; a property that is not an array is
    /// reported and reads as null.
    /// </summary>
    public static JsonArray? ReadArray(ContentPartContext context, string property, ContentValidationResult result)
    {
        switch (ContentJson.Get(context.Part, property))
        {
            case null:
                return null;
            case JsonArray array:
                return array;
            default:
                result.Add(PartJson.Pointer(context, property), $"The {context.TypePart.Name} part's {property} must be an array of content items.");
                return null;
        }
    }

    /// <summary>
    /// Validates the items of a list part (bag, flow, menu): ids unique, types allowed, each item by its own type's
    /// rules. With <paramref name="keepUndefinedTypes"/>, an item whose type this site does not define is kept as
    /// stored and left unchecked (Orchard sites fill flows with widget types of modules we do not have).
    /// </summary>
    public static void ValidateList(
        ContentPartContext context, string property, Func<string, bool> allows, bool keepUndefinedTypes, ContentValidationResult result)
    {
        if (ReadArray(context, property, result) is not { } items)
        {
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var pointer = $"{PartJson.Pointer(context, property)}/{i}";
            if (ReadItem(items, i, pointer, result) is not { } item)
            {
                continue;
            }

            if (item.ContentItemId.Length > 0 && !ids.Add(item.ContentItemId))
            {
                result.Add($"{pointer}/ContentItemId", $"The content item id '{item.ContentItemId}' is used twice in {context.TypePart.Name}.");
            }

            if (keepUndefinedTypes && context.Definitions.FindType(item.ContentType) is null)
            {
                continue;
            }

            if (!allows(item.ContentType))
            {
                result.Add($"{pointer}/ContentType", $"The content type '{item.ContentType}' is not allowed in {context.TypePart.Name}.");
                continue;
            }

            context.ValidateNested?.Invoke(item, pointer, result);
        }
    }

    /// <summary>The item at a position, or null (reported) when the element is not a JSON object.</summary>
    public static ContentItem? ReadItem(JsonArray items, int index, string pointer, ContentValidationResult result)
    {
        if (items[index] is JsonObject json)
        {
            return ContentItemJson.FromJsonObject(json);
        }

        result.Add(pointer, "A content item must be a JSON object.");
        return null;
    }
}

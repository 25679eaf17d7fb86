using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.ContainedPart;

/// <summary>
/// ContainedPart: <c>{ "ListContentItemId", "ListContentType", "Order" }</c>, an item's place in a list.
/// Orchard adds it to items of a list without it being in their type, so it has no settings.
/// </summary>
internal sealed class ContainedPartKind : IContentPartKind
{
    public const string KindName = "ContainedPart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } = [];

    public void Prepare(ContentPartContext context)
    {
    }

    public void Validate(ContentPartContext context, ContentValidationResult result)
    {
        PartJson.ReadString(context, "ListContentItemId", result);
        PartJson.ReadString(context, "ListContentType", result);
        if (ContentJson.Get(context.Part, "Order") is { } order && ReadOrder(order) is null)
        {
            result.Add(PartJson.Pointer(context, "Order"), $"The {context.TypePart.Name} part's Order must be a whole number.");
        }
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        if (ContentJson.GetString(context.Part, "ListContentItemId") is { Length: > 0 } listId)
        {
            entries.Contained = new ContainedIndexEntry(
                listId, ContentJson.GetString(context.Part, "ListContentType"), ReadOrder(ContentJson.Get(context.Part, "Order")) ?? 0);
        }
    }

    private static int? ReadOrder(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.String
        && SettingsReader.AsDecimal(v) is { } d && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue
            ? (int)d
            : null;
}

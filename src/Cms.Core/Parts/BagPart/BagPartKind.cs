using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.BagPart;

/// <summary>
/// BagPart: <c>{ "ContentItems": [ content item JSON ] }</c>, items stored inline in their container and
/// validated with the same rules as stored items.
/// </summary>
internal sealed class BagPartKind : IContentPartKind
{
    public const string KindName = "BagPart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [
        new(BagPartSettings.Key, "ContainedContentTypes", SettingKind.Types, "Content types the bag may hold"),
        SettingDescriptor.Text(BagPartSettings.Key, "DisplayType", "Display type"),
        SettingDescriptor.Flag(BagPartSettings.Key, "CollapseContainedItems", "Collapse the contained items in the editor"),
    ];

    public bool Reusable => true;

    public void Prepare(ContentPartContext context)
    {
        if (ContentJson.Get(context.Part, "ContentItems") is JsonArray items)
        {
            NestedContentItems.Prepare(context, items);
        }
    }

    public void Validate(ContentPartContext context, ContentValidationResult result)
    {
        if (NestedContentItems.ReadArray(context, "ContentItems", result) is not { } items)
        {
            return;
        }

        var settings = BagPartSettings.From(context.TypePart);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var pointer = $"{PartJson.Pointer(context, "ContentItems")}/{i}";
            if (NestedContentItems.ReadItem(items, i, pointer, result) is not { } item)
            {
                continue;
            }

            if (item.ContentItemId.Length > 0 && !ids.Add(item.ContentItemId))
            {
                result.Add($"{pointer}/ContentItemId", $"The content item id '{item.ContentItemId}' is used twice in {context.TypePart.Name}.");
            }

            if (!settings.Allows(item.ContentType, context.Definitions))
            {
                result.Add($"{pointer}/ContentType", $"The content type '{item.ContentType}' is not allowed in {context.TypePart.Name}.");
                continue;
            }

            context.ValidateNested?.Invoke(item, pointer, result);
        }
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        // Bag items are not stored on their own, so their fields have no index rows of their own.
    }
}

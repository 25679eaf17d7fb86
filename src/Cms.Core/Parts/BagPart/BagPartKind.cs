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
        var settings = BagPartSettings.From(context.TypePart);
        NestedContentItems.ValidateList(
            context, "ContentItems", type => settings.Allows(type, context.Definitions), keepUndefinedTypes: false, result);
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        // Bag items are not stored on their own, so their fields have no index rows of their own.
    }
}

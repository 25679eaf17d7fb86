using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.FlowPart;

/// <summary>
/// FlowPart: <c>{ "Widgets": [ content item JSON ] }</c>, a page built from widgets stored inline, each widget with
/// its layout in <c>FlowMetadata { Alignment, Size }</c>. Widgets of types the site does not define are kept.
/// </summary>
internal sealed class FlowPartKind : IContentPartKind
{
    public const string KindName = "FlowPart";

    public const string WidgetsProperty = "Widgets";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [
        new(FlowPartSettings.Key, "ContainedContentTypes", SettingKind.Types, "Widget types the flow may hold (none: every widget type)"),
    ];

    public void Prepare(ContentPartContext context)
    {
        if (ContentJson.Get(context.Part, WidgetsProperty) is JsonArray widgets)
        {
            NestedContentItems.Prepare(context, widgets);
        }
    }

    public void Validate(ContentPartContext context, ContentValidationResult result)
    {
        var settings = FlowPartSettings.From(context.TypePart);
        NestedContentItems.ValidateList(context, WidgetsProperty, settings.Allows, keepUndefinedTypes: true, result);
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        // Widgets are stored inside their page, so their fields have no index rows of their own.
    }
}

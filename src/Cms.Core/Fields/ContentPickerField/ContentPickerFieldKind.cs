using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.ContentPickerField;

/// <summary>
/// ContentPickerField: <c>{ "ContentItemIds": [...] }</c>, one index row per selected item. Whether the
/// ids exist and have an allowed type is the storage layer's check, since it needs the store.
/// </summary>
internal sealed class ContentPickerFieldKind : IContentFieldKind
{
    public const string KindName = "ContentPickerField";

    public string Name => KindName;

    public string ValueProperty => "ContentItemIds";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [
        SettingDescriptor.Hint(ContentPickerFieldSettings.Key), SettingDescriptor.Required(ContentPickerFieldSettings.Key),
        SettingDescriptor.Flag(ContentPickerFieldSettings.Key, "Multiple", "Allow several items"),
        SettingDescriptor.Flag(ContentPickerFieldSettings.Key, "DisplayAllContentTypes", "Any content type"),
        new(ContentPickerFieldSettings.Key, "DisplayedContentTypes", SettingKind.Types, "Content types to pick from"),
    ];

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        var settings = ContentPickerFieldSettings.From(context.Field);
        var ids = FieldJson.ReadStrings(context, "ContentItemIds", "content item id", result);
        var pointer = FieldJson.Pointer(context, "ContentItemIds");
        if (ids.Count > 1 && !settings.Multiple)
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field allows only one content item.");
        }
    }

    public void Index(ContentFieldContext context, ContentIndexEntries entries)
    {
        var allowed = ContentPickerFieldSettings.From(context.Field).AllowedContentTypes;
        foreach (var id in FieldJson.ReadStrings(context, "ContentItemIds", "content item id").Distinct(StringComparer.Ordinal))
        {
            entries.ContentPickers.Add(new ContentPickerIndexEntry(context.TypePart.Name, context.Field.Name, id, allowed));
        }
    }

    public bool HasValue(ContentFieldContext context) => FieldJson.ReadStrings(context, "ContentItemIds", "content item id").Count > 0;

    public object? PreviewValue(JsonObject? value) => FieldJson.Strings(value?["ContentItemIds"]);
}

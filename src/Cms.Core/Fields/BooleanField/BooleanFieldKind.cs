using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.BooleanField;

/// <summary>BooleanField: <c>{ "Value": true }</c>; "true"/"false" strings are accepted, as scripts produce them.</summary>
internal sealed class BooleanFieldKind : IContentFieldKind
{
    public const string KindName = "BooleanField";

    public string Name => KindName;

    public string ValueProperty => "Value";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [SettingDescriptor.Hint(BooleanFieldSettings.Key),
        SettingDescriptor.Text(BooleanFieldSettings.Key, "Label", "Label beside the checkbox"),
        SettingDescriptor.Flag(BooleanFieldSettings.Key, "DefaultValue", "Ticked by default")];

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        var node = FieldJson.Get(context.Value, "Value");
        if (node is not null && SettingsReader.AsBool(node) is null)
        {
            result.Add(FieldJson.Pointer(context, "Value"), $"The {context.Field.DisplayName} field must be true or false.");
        }
    }

    // Orchard's BooleanField.Value is not nullable, so a missing value reads as false; the index agrees,
    // which keeps "Value: false" filters matching items saved before the field existed.
    public void Index(ContentFieldContext context, ContentIndexEntries entries) =>
        entries.FieldValues.Add(new FieldValueIndexEntry(
            FieldValueKind.Boolean, context.TypePart.Name, context.Field.Name,
            SettingsReader.AsBool(FieldJson.Get(context.Value, "Value")) ?? false));

    public bool HasValue(ContentFieldContext context) => true;

    public object? PreviewValue(JsonObject? value) => SettingsReader.AsBool(value?["Value"]) ?? false;
}

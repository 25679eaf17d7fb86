using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.TextField;

/// <summary>TextField: <c>{ "Text": "..." }</c>, indexed as text.</summary>
internal sealed class TextFieldKind : IContentFieldKind
{
    public const string KindName = "TextField";

    public string Name => KindName;

    public string ValueProperty => "Text";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [SettingDescriptor.Hint(TextFieldSettings.Key), SettingDescriptor.Required(TextFieldSettings.Key),
        SettingDescriptor.Text(TextFieldSettings.Key, "DefaultValue", "Default value")];

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        if (!FieldJson.TryGetString(context.Value, "Text", out _))
        {
            result.Add(FieldJson.Pointer(context, "Text"), $"The {context.Field.DisplayName} field's Text must be a string.");
        }
    }

    public void Index(ContentFieldContext context, ContentIndexEntries entries)
    {
        var text = FieldJson.GetString(context.Value, "Text");
        entries.FieldValues.Add(new FieldValueIndexEntry(
            FieldValueKind.Text, context.TypePart.Name, context.Field.Name, FieldJson.TruncateForIndex(text)));
        SearchableText.Add(entries, text);
    }

    public bool HasValue(ContentFieldContext context) => FieldJson.HasText(context, "Text");

    public object? PreviewValue(JsonObject? value) => ContentJson.GetString(value, "Text") is { Length: > 0 } text ? text : null;
}

using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.LinkField;

/// <summary>LinkField: <c>{ "Url", "Text", "Target" }</c>, indexed as text by its url.</summary>
internal sealed class LinkFieldKind : IContentFieldKind
{
    public const string KindName = "LinkField";

    public string Name => KindName;

    public string ValueProperty => "Url";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [
        SettingDescriptor.Hint(LinkFieldSettings.Key), SettingDescriptor.Required(LinkFieldSettings.Key),
        new(LinkFieldSettings.Key, "LinkTextMode", SettingKind.Choice, "Link text") { Choices = Enum.GetNames<LinkTextMode>() },
        SettingDescriptor.Text(LinkFieldSettings.Key, "DefaultUrl", "Default URL"),
        SettingDescriptor.Text(LinkFieldSettings.Key, "DefaultText", "Default text"),
    ];

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        var settings = LinkFieldSettings.From(context.Field);
        var name = context.Field.DisplayName;
        var url = FieldJson.ReadString(context, "Url", result);
        var text = FieldJson.ReadString(context, "Text", result);
        FieldJson.ReadString(context, "Target", result);
        var urlPointer = FieldJson.Pointer(context, "Url");
        if (string.IsNullOrWhiteSpace(url))
        {
            // A required field without a url is reported once, as missing (ContentItemValidator.ValidateField).
            if (!settings.Required && !string.IsNullOrWhiteSpace(text))
            {
                result.Add(urlPointer, $"The {name} field has a text but no url.");
            }

            return;
        }

        if (url.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            // Front ends render the url as an href; a script url would run in the reader's browser.
            result.Add(urlPointer, $"The {name} field's url can't be a javascript: url.");
        }
        else if (!Uri.IsWellFormedUriString(url, UriKind.RelativeOrAbsolute))
        {
            result.Add(urlPointer, $"The {name} field's url is not valid: '{url}'.");
        }

        if (settings.LinkTextMode == LinkTextMode.Required && string.IsNullOrWhiteSpace(text))
        {
            result.Add(FieldJson.Pointer(context, "Text"), $"The {name} field needs a link text.");
        }
    }

    public void Index(ContentFieldContext context, ContentIndexEntries entries) =>
        entries.FieldValues.Add(new FieldValueIndexEntry(
            FieldValueKind.Text, context.TypePart.Name, context.Field.Name,
            FieldJson.TruncateForIndex(FieldJson.GetString(context.Value, "Url"))));

    public bool HasValue(ContentFieldContext context) => FieldJson.HasText(context, "Url");

    public object? PreviewValue(JsonObject? value) => new Dictionary<string, object?>
    {
        ["Url"] = ContentJson.GetString(value, "Url"),
        ["Text"] = ContentJson.GetString(value, "Text"),
        ["Target"] = ContentJson.GetString(value, "Target"),
    };
}

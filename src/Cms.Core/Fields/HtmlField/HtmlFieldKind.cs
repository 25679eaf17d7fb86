using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.HtmlField;

/// <summary>HtmlField: <c>{ "Html": "..." }</c>, sanitised on save; not indexed.</summary>
internal sealed class HtmlFieldKind : IContentFieldKind
{
    public const string KindName = "HtmlField";

    public string Name => KindName;

    public string ValueProperty => "Html";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [SettingDescriptor.Hint(HtmlFieldSettings.Key),
        SettingDescriptor.Flag(HtmlFieldSettings.Key, "SanitizeHtml", "Sanitize the HTML on save", true)];

    public void Prepare(ContentFieldContext context)
    {
        if (context.Value is { } value && FieldJson.GetString(value, "Html") is { Length: > 0 } html
            && HtmlFieldSettings.From(context.Field).SanitizeHtml)
        {
            value["Html"] = ContentHtmlSanitizer.Sanitize(html);
        }
    }

    public void Validate(ContentFieldContext context, ContentValidationResult result) =>
        FieldJson.ReadString(context, "Html", result);

    /// <summary>HTML is neither filtered nor ordered on (Orchard's GraphQL has no filter for it either); it is searched as text.</summary>
    public void Index(ContentFieldContext context, ContentIndexEntries entries) =>
        SearchableText.Add(entries, SearchableText.FromHtml(FieldJson.GetString(context.Value, "Html")));

    public bool HasValue(ContentFieldContext context) => FieldJson.HasText(context, "Html");

    public object? PreviewValue(JsonObject? value) => ContentJson.GetString(value, "Html");
}

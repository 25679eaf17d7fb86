using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;
using Cms.Core.Parts.MarkdownBodyPart;

namespace Cms.Core.Fields.MarkdownField;

/// <summary>
/// MarkdownField: <c>{ "Markdown": "..." }</c>. The Markdown is stored as written and sanitised when
/// rendered (MarkdownRenderer), since sanitising Markdown source would mangle it. Not indexed.
/// </summary>
internal sealed class MarkdownFieldKind : IContentFieldKind
{
    public const string KindName = "MarkdownField";

    public string Name => KindName;

    public string ValueProperty => "Markdown";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [SettingDescriptor.Hint(MarkdownFieldSettings.Key),
        SettingDescriptor.Flag(MarkdownFieldSettings.Key, "SanitizeHtml", "Sanitize the rendered HTML", true)];

    public void Validate(ContentFieldContext context, ContentValidationResult result) =>
        FieldJson.ReadString(context, "Markdown", result);

    /// <summary>Markdown is neither filtered nor ordered on (Orchard's GraphQL has no filter for it either); it is searched as text.</summary>
    public void Index(ContentFieldContext context, ContentIndexEntries entries) =>
        SearchableText.Add(entries, SearchableText.FromMarkdown(FieldJson.GetString(context.Value, "Markdown")));

    public bool HasValue(ContentFieldContext context) => FieldJson.HasText(context, "Markdown");

    public object? PreviewValue(JsonObject? value) => MarkdownRenderer.ToHtml(ContentJson.GetString(value, "Markdown"), sanitize: true);
}

using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.MarkdownBodyPart;

/// <summary>
/// MarkdownBodyPart: <c>{ "Markdown" }</c>, stored as written and sanitised when rendered to HTML
/// (<see cref="MarkdownRenderer"/>), since sanitising Markdown source would mangle it.
/// </summary>
internal sealed class MarkdownBodyPartKind : IContentPartKind
{
    public const string KindName = "MarkdownBodyPart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } = [SettingDescriptor.Flag(MarkdownBodyPartSettings.Key, "SanitizeHtml", "Sanitize the rendered HTML", true)];

    public void Prepare(ContentPartContext context)
    {
    }

    public void Validate(ContentPartContext context, ContentValidationResult result) =>
        PartJson.ReadString(context, "Markdown", result);

    /// <summary>The body is neither filtered nor ordered on; it is searched as text.</summary>
    public void Index(ContentPartContext context, ContentIndexEntries entries) =>
        SearchableText.Add(entries, SearchableText.FromMarkdown(ContentJson.GetString(context.Part, "Markdown")));
}

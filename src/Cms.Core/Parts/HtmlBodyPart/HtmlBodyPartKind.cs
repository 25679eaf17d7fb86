using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.HtmlBodyPart;

/// <summary>HtmlBodyPart: <c>{ "Html" }</c>, sanitised on save so every reader gets safe HTML.</summary>
internal sealed class HtmlBodyPartKind : IContentPartKind
{
    public const string KindName = "HtmlBodyPart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } = [SettingDescriptor.Flag(HtmlBodyPartSettings.Key, "SanitizeHtml", "Sanitize the HTML on save", true)];

    public void Prepare(ContentPartContext context)
    {
        if (ContentJson.GetString(context.Part, "Html") is { Length: > 0 } html
            && HtmlBodyPartSettings.From(context.TypePart).SanitizeHtml)
        {
            context.Part["Html"] = ContentHtmlSanitizer.Sanitize(html);
        }
    }

    public void Validate(ContentPartContext context, ContentValidationResult result) =>
        PartJson.ReadString(context, "Html", result);

    /// <summary>The body is neither filtered nor ordered on; it is searched as text.</summary>
    public void Index(ContentPartContext context, ContentIndexEntries entries) =>
        SearchableText.Add(entries, SearchableText.FromHtml(ContentJson.GetString(context.Part, "Html")));
}

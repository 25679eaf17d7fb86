using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.HtmlMenuItemPart;

/// <summary>
/// HtmlMenuItemPart: <c>{ "Url", "Target", "Html" }</c>, a menu entry shown as HTML; the HTML is sanitised on save
/// like every HTML body, so front ends can render it as it comes.
/// </summary>
internal sealed class HtmlMenuItemPartKind : IContentPartKind
{
    public const string KindName = "HtmlMenuItemPart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } = [];

    public void Prepare(ContentPartContext context)
    {
        if (ContentJson.GetString(context.Part, "Html") is { Length: > 0 } html)
        {
            context.Part["Html"] = ContentHtmlSanitizer.Sanitize(html);
        }
    }

    public void Validate(ContentPartContext context, ContentValidationResult result)
    {
        PartJson.ReadString(context, "Html", result);
        PartJson.ReadString(context, "Target", result);
        LinkUrl.Validate(context, "Url", result);
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        // Menu entries are read with their menu, never filtered on.
    }
}

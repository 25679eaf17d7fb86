using Cms.Core.ContentModel;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.MarkdownField;

/// <summary>
/// MarkdownField: <c>{ "Markdown": "..." }</c>. The Markdown is stored as written and sanitised when
/// rendered (MarkdownRenderer), since sanitising Markdown source would mangle it. Not indexed.
/// </summary>
internal sealed class MarkdownFieldKind : IContentFieldKind
{
    public string Name => "MarkdownField";

    public void Validate(ContentFieldContext context, ContentValidationResult result) =>
        FieldJson.ReadString(context, "Markdown", result);

    public void Index(ContentFieldContext context, ContentIndexEntries entries)
    {
        // Markdown is neither filtered nor ordered on; Orchard's GraphQL has no filter for it either.
    }
}

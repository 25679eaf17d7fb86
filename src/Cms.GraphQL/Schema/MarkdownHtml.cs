using System.Net;

namespace Cms.GraphQL.Schema;

/// <summary>
/// Markdown to HTML for the markdown members. Until Core's renderer (with the part's sanitising settings)
/// is available here, the text is HTML-encoded inside a paragraph so nothing unsanitised is ever served.
/// </summary>
internal static class MarkdownHtml
{
    public static string? Render(string? markdown) =>
        markdown is null ? null : "<p>" + WebUtility.HtmlEncode(markdown) + "</p>";
}

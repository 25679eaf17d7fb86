using System.Net;
using System.Text;
using Cms.Core.Storage;

namespace Cms.GraphQL.Schema;

/// <summary>A snippet as HTML: every character of the content escaped, and only the matches wrapped in <c>&lt;mark&gt;</c>.</summary>
internal static class SnippetHtml
{
    public static string From(SearchSnippet snippet)
    {
        var html = new StringBuilder();
        foreach (var segment in snippet.Segments)
        {
            var text = WebUtility.HtmlEncode(segment.Text);
            html.Append(segment.IsMatch ? $"<mark>{text}</mark>" : text);
        }

        return html.ToString();
    }
}

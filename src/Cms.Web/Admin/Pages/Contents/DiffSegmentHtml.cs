using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// One side of a compared value as HTML, written in one piece: the view keeps the value's own line breaks
/// (pre-wrap), so no template whitespace may fall between its words.
/// </summary>
internal static class DiffSegmentHtml
{
    public static IHtmlContent Render(IReadOnlyList<DiffSegment> segments)
    {
        if (segments.Count == 0)
        {
            return new HtmlString("<span class=\"muted\">—</span>");
        }

        var html = new StringBuilder();
        foreach (var segment in segments)
        {
            var text = HtmlEncoder.Default.Encode(segment.Text);
            html.Append(segment.Kind switch
            {
                DiffSegmentKind.Removed => $"<del class=\"diff-removed\">{text}</del>",
                DiffSegmentKind.Added => $"<ins class=\"diff-added\">{text}</ins>",
                _ => text,
            });
        }

        return new HtmlString(html.ToString());
    }
}

using Ganss.Xss;

namespace Cms.Core.ContentModel;

/// <summary>
/// What the content sanitiser takes out of a piece of HTML, in words an editor reads ("&lt;script&gt;", "onclick
/// attribute"), so a save can say what it removed instead of silently changing the text.
/// </summary>
public static class HtmlRemovals
{
    public static IReadOnlyList<string> Describe(string html)
    {
        if (html.Length == 0)
        {
            return [];
        }

        // A sanitiser of its own: the shared one must not carry a caller's event handlers.
        var sanitizer = ContentHtmlSanitizer.Create();
        var removed = new List<string>();
        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => removed.Add(e.Reason == RemoveReason.NotAllowedUrlValue
            ? $"{e.Attribute.Name} attribute (unsafe address)"
            : $"{e.Attribute.Name} attribute");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"{e.Style.Name} style");
        sanitizer.RemovingComment += (_, _) => removed.Add("comment");
        sanitizer.Sanitize(html);
        return removed.Distinct(StringComparer.Ordinal).ToList();
    }
}

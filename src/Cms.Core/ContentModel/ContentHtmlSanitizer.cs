using Ganss.Xss;

namespace Cms.Core.ContentModel;

/// <summary>
/// The one HTML sanitiser of stored content (HtmlBodyPart, HtmlField, rendered Markdown): scripts, event
/// handler attributes and script URLs go; ordinary markup stays; Quill's editing markup for lists becomes plain lists.
/// </summary>
internal static class ContentHtmlSanitizer
{
    // Sanitize is thread-safe once configured, so one instance serves every save.
    private static readonly HtmlSanitizer Sanitizer = Create();

    /// <summary>Plain markup already written as the sanitiser writes it is kept as it is, without parsing it again.</summary>
    public static string Sanitize(string html) => html.Length == 0 || InertHtml.IsInert(html) ? html : SanitizeMarkup(html);

    /// <summary>The sanitiser's full pass: parses the HTML and writes back what it allows.</summary>
    public static string SanitizeMarkup(string html) => Sanitizer.Sanitize(html);

    /// <summary>A sanitiser configured as the one of stored content (a fresh one, for a caller that listens to its events).</summary>
    internal static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();

        // Editors link e-mail addresses and phone numbers; the defaults only allow web URLs.
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");

        // Quill 2 writes every list as <ol> and tells bullets apart only by data-list: kept long enough for
        // the rewrite to read it, then rewritten into <ul>/<ol> and removed.
        sanitizer.AllowedAttributes.Add(QuillListMarkup.KindAttribute);
        sanitizer.PostProcessDom += (_, e) => QuillListMarkup.Rewrite(e.Document.Body!);
        return sanitizer;
    }
}

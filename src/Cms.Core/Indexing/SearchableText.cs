using System.Net;
using System.Text.RegularExpressions;
using Cms.Core.Parts.MarkdownBodyPart;

namespace Cms.Core.Indexing;

/// <summary>
/// Content as the words full-text search indexes: markup removed (a tag or an attribute never matches a word), entities
/// decoded, elements that hold no reading text (scripts, styles) dropped, runs of white space made one space.
/// </summary>
internal static partial class SearchableText
{
    /// <summary>
    /// Marks the start and end of a match in snippets. Private-use characters, so they are removed from indexed text
    /// and a snippet's markers are always the search engine's own.
    /// </summary>
    public const char MatchStart = '\uE000';

    public const char MatchEnd = '\uE001';

    public static void Add(ContentIndexEntries entries, string? text)
    {
        if (Clean(text) is { Length: > 0 } clean)
        {
            entries.SearchBody.Add(clean);
        }
    }

    /// <summary>The text of an HTML fragment; elements become word breaks, so "&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;" is two words.</summary>
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var withoutCode = HiddenElements().Replace(html, " ");
        var withoutTags = Tags().Replace(withoutCode, " ");
        return WebUtility.HtmlDecode(withoutTags);
    }

    /// <summary>The text Markdown renders to: link targets and emphasis marks are not words.</summary>
    public static string FromMarkdown(string? markdown) => FromHtml(MarkdownRenderer.ToHtml(markdown, sanitize: false));

    /// <summary>Text as stored in the search index: no snippet markers, no control characters, single spaces.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var replaced = text.Replace(MatchStart, ' ').Replace(MatchEnd, ' ');
        return Spaces().Replace(replaced, " ").Trim();
    }

    [GeneratedRegex(@"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HiddenElements();

    [GeneratedRegex(@"<!--.*?-->|<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex(@"[\s\p{Cc}]+")]
    private static partial Regex Spaces();
}

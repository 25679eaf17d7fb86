namespace Cms.Core.ContentModel;

/// <summary>
/// Recognises the plain markup most bodies are made of (paragraphs, headings, lists, emphasis, web and mail links),
/// written exactly as the sanitiser writes it, so the sanitiser's full HTML parse can be skipped for it. Only
/// elements that carry no behaviour are accepted, with no attribute but a quoted http(s), mailto or tel
/// <c>href</c> on links; they must nest so that no browser rearranges them. Anything else (any other tag or
/// attribute, comments, other entities, raw <c>&gt;</c> or no-break spaces, carriage returns) is left to the
/// sanitiser: a false "no" only costs time, so the rules stay narrow.
/// </summary>
internal static class InertHtml
{
    private enum Content
    {
        Flow,
        Phrasing,
        List,
    }

    // What each accepted element may contain; inline elements hold phrasing content only.
    private static readonly Dictionary<string, Content> Containers = new(StringComparer.Ordinal)
    {
        ["p"] = Content.Phrasing, ["h1"] = Content.Phrasing, ["h2"] = Content.Phrasing, ["h3"] = Content.Phrasing,
        ["h4"] = Content.Phrasing, ["h5"] = Content.Phrasing, ["h6"] = Content.Phrasing,
        ["ul"] = Content.List, ["ol"] = Content.List, ["li"] = Content.Flow, ["blockquote"] = Content.Flow, ["div"] = Content.Flow,
        ["strong"] = Content.Phrasing, ["em"] = Content.Phrasing, ["b"] = Content.Phrasing, ["i"] = Content.Phrasing,
        ["u"] = Content.Phrasing, ["s"] = Content.Phrasing, ["code"] = Content.Phrasing, ["sub"] = Content.Phrasing,
        ["sup"] = Content.Phrasing, ["span"] = Content.Phrasing, ["a"] = Content.Phrasing,
    };

    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "strong", "em", "b", "i", "u", "s", "code", "sub", "sup", "span", "a", "br",
    };

    private static readonly string[] Entities = ["&amp;", "&lt;", "&gt;"];

    private static readonly string[] Schemes = ["https://", "http://", "mailto:", "tel:"];

    public static bool IsInert(string html)
    {
        var open = new Stack<string>();
        var position = 0;
        while (position < html.Length)
        {
            var accepted = html[position] == '<'
                ? Tag(html, ref position, open)
                : Text(html, ref position, open.Count == 0 ? Content.Flow : Containers[open.Peek()]);
            if (!accepted)
            {
                return false;
            }
        }

        // A browser closes what is left open, and the sanitiser would write those end tags.
        return open.Count == 0;
    }

    private static bool Text(string html, ref int position, Content context)
    {
        for (; position < html.Length && html[position] != '<'; position++)
        {
            var c = html[position];
            if (c == '&')
            {
                var length = EntityLength(html, position);
                if (length == 0)
                {
                    return false;
                }

                position += length - 1;
            }
            else if (c is '>' or '\u00A0' or '\uFEFF' or '\r' || (c < ' ' && c is not ('\n' or '\t')))
            {
                return false;
            }

            // Lists hold only their items; text between them must be white space.
            if (context == Content.List && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Tag(string html, ref int position, Stack<string> open)
    {
        var end = html.IndexOf('>', position);
        if (end < 0)
        {
            return false;
        }

        var tag = html.AsSpan(position + 1, end - position - 1);
        position = end + 1;
        if (tag.StartsWith("/"))
        {
            if (!open.TryPeek(out var current) || !tag[1..].SequenceEqual(current))
            {
                return false;
            }

            open.Pop();
            return true;
        }

        var linked = tag.StartsWith("a href=\"");
        var name = linked ? "a" : tag.ToString();
        if ((linked && !Link(tag[8..])) || (name == "a" && open.Contains("a")))
        {
            return false;
        }

        var context = open.Count == 0 ? Content.Flow : Containers[open.Peek()];
        if (!Allowed(name, context))
        {
            return false;
        }

        if (name is not ("br" or "hr"))
        {
            open.Push(name);
        }

        return true;
    }

    private static bool Allowed(string name, Content context) => context switch
    {
        Content.List => name == "li",
        Content.Phrasing => Inline.Contains(name),
        _ => name == "hr" || (name != "li" && (Inline.Contains(name) || Containers.ContainsKey(name))),
    };

    private static int EntityLength(string html, int position)
    {
        foreach (var entity in Entities)
        {
            if (string.CompareOrdinal(html, position, entity, 0, entity.Length) == 0)
            {
                return entity.Length;
            }
        }

        return 0;
    }

    private static int SchemeLength(ReadOnlySpan<char> url)
    {
        foreach (var scheme in Schemes)
        {
            if (url.StartsWith(scheme, StringComparison.Ordinal))
            {
                return scheme.Length;
            }
        }

        return 0;
    }

    /// <summary>The rest of <c>a href="…"</c>: an absolute web, mail or phone address, then the closing quote.</summary>
    private static bool Link(ReadOnlySpan<char> rest)
    {
        if (rest.Length < 2 || rest[^1] != '"')
        {
            return false;
        }

        var url = rest[..^1];
        var schemeLength = SchemeLength(url);
        if (schemeLength == 0 || url.Length == schemeLength)
        {
            return false;
        }

        for (var i = schemeLength; i < url.Length; i++)
        {
            var c = url[i];
            if (c == '&')
            {
                if (!url[i..].StartsWith("&amp;", StringComparison.Ordinal))
                {
                    return false;
                }

                i += 4;
            }
            else if (c <= ' ' || c > '~' || c is '"' or '\'' or '<' or '>' or '`')
            {
                return false;
            }
        }

        return true;
    }
}

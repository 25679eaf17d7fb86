using System.Text;
using Cms.Core.ContentModel;

namespace Cms.Tests.ContentModel;

/// <summary>
/// Markup the sanitiser's parse is skipped for must be exactly what that parse would write back, and must never be
/// anything that can run script: every accepted sample is checked against the full sanitiser.
/// </summary>
public sealed class InertHtmlTests
{
    public static TheoryData<string> Plain => new()
    {
        "plain text",
        "<p>Dear colleagues,</p><h2>Background</h2><p>We write to you.</p><ul><li>One</li><li>Two</li></ul>",
        "<p>a &amp; b &lt; c &gt; d, \"quoted\" and 'single'</p>",
        "<p>See <a href=\"https://ishr.ch/news/a?b=1&amp;c=2\">the report</a> and <a href=\"mailto:info@ishr.ch\">write</a>.</p>",
        "<p><a href=\"tel:+41227555900\">call</a></p>",
        "<ul>\n<li>a</li>\n<li><p>b</p><ol><li>c</li></ol></li>\n</ul>",
        "<blockquote><p>quote</p></blockquote><hr><div><p>x<br>y</p></div>",
        "<p><strong><em>x</em></strong> <b>b</b> <i>i</i> <u>u</u> <s>s</s> <code>c</code> H<sub>2</sub>O x<sup>2</sup> <span>s</span></p>",
        "<h1>1</h1><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6>",
        "<p>Ünïcödé — “curly” 😀\ttab\nline</p>",
        "<p></p>",
        "<p>Hi<a>link</a></p>",
    };

    public static TheoryData<string> NotPlain => new()
    {
        "<script>alert(1)</script>",
        "<p onclick=\"alert(1)\">x</p>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JAVASCRIPT:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"https://x.org\" onclick=\"alert(1)\">x</a>",
        "<a href=https://x.org>x</a>",
        "<a href='https://x.org'>x</a>",
        "<a href=\"https://x.org/\"onmouseover=\"alert(1)\">x</a>",
        "<a href=\"https://x.org/a b\">x</a>",
        "<img src=x onerror=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<p/onmouseover=alert(1)>x</p>",
        "<P>upper</P>",
        "<br/>",
        "<!-- comment --><p>x</p>",
        "<![CDATA[x]]>",
        "<p>a > b</p>",
        "<p>a &nbsp; b</p>",
        "<p>a\u00A0b</p>",
        "<p>&#233;</p>",
        "<p>a\r\nb</p>",
        "<p>open",
        "<p>x</p></p>",
        "<p><ul><li>x</li></ul></p>",
        "<p><h2>x</h2></p>",
        "<ul>text<li>x</li></ul>",
        "<li>alone</li>",
        "<a href=\"https://x.org\"><a href=\"https://y.org\">x</a></a>",
        "<strong><p>x</p></strong>",
        "<b><i>x</b></i>",
        "<pre>\nx</pre>",
        "<table><tr><td>x</td></tr></table>",
        "<p>x</p ><p>y</p>",
        "<style>p{}</style>",
        "<iframe src=\"https://x.org\"></iframe>",
        "<p>x<",
    };

    [Theory]
    [MemberData(nameof(Plain))]
    public void IsInert_PlainMarkup_IsWhatTheSanitiserWrites(string html)
    {
        Assert.True(InertHtml.IsInert(html));
        Assert.Equal(html, ContentHtmlSanitizer.SanitizeMarkup(html));
        Assert.Equal(html, ContentHtmlSanitizer.Sanitize(html));
    }

    [Theory]
    [MemberData(nameof(NotPlain))]
    public void IsInert_AnythingElse_GoesThroughTheSanitiser(string html)
    {
        Assert.False(InertHtml.IsInert(html));
        Assert.Equal(ContentHtmlSanitizer.SanitizeMarkup(html), ContentHtmlSanitizer.Sanitize(html));
    }

    /// <summary>
    /// Random well-formed trees of the accepted elements, some with a near miss spliced in: whenever a sample is
    /// accepted, the full sanitiser must give it back unchanged. Seeded, so a failure names a reproducible sample.
    /// </summary>
    [Fact]
    public void IsInert_RandomMarkup_AcceptedOnlyWhenTheSanitiserKeepsItUnchanged()
    {
        var random = new Random(20261206);
        var accepted = 0;
        for (var sample = 0; sample < 2000; sample++)
        {
            var html = new StringBuilder();
            Flow(html, random, depth: 0);
            if (random.Next(3) == 0)
            {
                html.Insert(random.Next(html.Length + 1), NearMisses[random.Next(NearMisses.Length)]);
            }

            var text = html.ToString();
            if (InertHtml.IsInert(text))
            {
                accepted++;
                Assert.Equal(text, ContentHtmlSanitizer.SanitizeMarkup(text));
            }
        }

        // The property means something only if most clean samples got through.
        Assert.InRange(accepted, 1000, 2000);
    }

    [Fact]
    public void IsInert_AnyCharacters_AnswersWithoutThrowing()
    {
        const string Alphabet = "<>/=\"'&;:#apbrhul12 \n\r\u00A0é";
        var random = new Random(7);
        for (var sample = 0; sample < 20000; sample++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 24)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var accepted = InertHtml.IsInert(text);
            if (accepted)
            {
                Assert.Equal(text, ContentHtmlSanitizer.SanitizeMarkup(text));
            }
        }
    }

    private static readonly string[] Texts = ["text", " ", "\n", "a &amp; b", "&lt;tag&gt;", "é", "\"q\"", "x\ty"];

    private static readonly string[] Inline = ["strong", "em", "b", "i", "u", "s", "code", "sub", "sup", "span"];

    private static readonly string[] NearMisses =
    [
        ">", "&nbsp;", "<P>", "<br/>", "<td>", "</p>", "<p>", "<a href=\"javascript:x\">", "<li>", "&#1;", "\r", "<!---->",
        "<img src=x>", "<p class=\"c\">", "\u00A0",
    ];

    private static void Flow(StringBuilder html, Random random, int depth)
    {
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            switch (depth > 3 ? random.Next(3) : random.Next(8))
            {
                case 0 or 1:
                    Phrasing(html, random, depth);
                    break;
                case 2:
                    html.Append("<hr>");
                    break;
                case 3 or 4:
                    var block = random.Next(2) == 0 ? "p" : "h" + random.Next(1, 7);
                    html.Append('<').Append(block).Append('>');
                    Phrasing(html, random, depth + 1);
                    html.Append("</").Append(block).Append('>');
                    break;
                case 5:
                    var list = random.Next(2) == 0 ? "ul" : "ol";
                    html.Append('<').Append(list).Append('>');
                    for (var items = random.Next(1, 4); items > 0; items--)
                    {
                        html.Append(random.Next(2) == 0 ? "\n<li>" : "<li>");
                        Flow(html, random, depth + 1);
                        html.Append("</li>");
                    }

                    html.Append("</").Append(list).Append('>');
                    break;
                default:
                    var container = random.Next(2) == 0 ? "blockquote" : "div";
                    html.Append('<').Append(container).Append('>');
                    Flow(html, random, depth + 1);
                    html.Append("</").Append(container).Append('>');
                    break;
            }
        }
    }

    private static void Phrasing(StringBuilder html, Random random, int depth, bool inLink = false)
    {
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            switch (depth > 4 ? 0 : random.Next(5))
            {
                case 0 or 1:
                    html.Append(Texts[random.Next(Texts.Length)]);
                    break;
                case 2:
                    html.Append("<br>");
                    break;
                case 3 when !inLink:
                    html.Append(random.Next(3) switch { 0 => "<a href=\"https://x.org/p?q=1&amp;r=2\">", 1 => "<a href=\"mailto:a@b.org\">", _ => "<a>" });
                    Phrasing(html, random, depth + 1, inLink: true);
                    html.Append("</a>");
                    break;
                default:
                    var element = Inline[random.Next(Inline.Length)];
                    html.Append('<').Append(element).Append('>');
                    Phrasing(html, random, depth + 1, inLink);
                    html.Append("</").Append(element).Append('>');
                    break;
            }
        }
    }
}

using Cms.Core.Parts.MarkdownBodyPart;

namespace Cms.Tests.Parts;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void ToHtml_Markdown_RendersHtml() =>
        Assert.Equal("<h1 id=\"title\">Title</h1>\n<p><em>a</em></p>", MarkdownRenderer.ToHtml("# Title\n\n*a*", sanitize: false).Trim());

    [Fact]
    public void ToHtml_Sanitize_RemovesScriptAndHandlers()
    {
        var html = MarkdownRenderer.ToHtml("Hi <script>alert(1)</script> <img src=\"x.png\" onerror=\"steal()\"> [l](javascript:alert(1))", sanitize: true);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<img src=\"x.png\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_NoSanitize_KeepsRawHtml() =>
        Assert.Contains("<script>", MarkdownRenderer.ToHtml("<script>alert(1)</script>", sanitize: false), StringComparison.Ordinal);

    [Fact]
    public void ToHtml_Null_IsEmpty() => Assert.Equal("", MarkdownRenderer.ToHtml(null, sanitize: true));
}

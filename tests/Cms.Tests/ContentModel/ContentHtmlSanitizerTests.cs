using Cms.Core.ContentModel;

namespace Cms.Tests.ContentModel;

public sealed class ContentHtmlSanitizerTests
{
    [Theory]
    [InlineData("<p>a</p><script>alert(1)</script>", "<p>a</p>")]
    [InlineData("<p onclick=\"alert(1)\">a</p>", "<p>a</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>", "<a>a</a>")]
    [InlineData("<a href=\"mailto:x@example.org\">a</a>", "<a href=\"mailto:x@example.org\">a</a>")]
    [InlineData("<p><strong>ok</strong></p>", "<p><strong>ok</strong></p>")]
    public void Sanitize_Html_RemovesOnlyDangerousMarkup(string html, string expected) =>
        Assert.Equal(expected, ContentHtmlSanitizer.Sanitize(html));

    private const string Ui = "<span class=\"ql-ui\" contenteditable=\"false\"></span>";

    [Fact]
    public void Sanitize_QuillBulletList_BecomesUnorderedList() =>
        Assert.Equal(
            "<ul><li>One</li><li>Two</li></ul>",
            ContentHtmlSanitizer.Sanitize($"<ol><li data-list=\"bullet\">{Ui}One</li><li data-list=\"bullet\">{Ui}Two</li></ol>"));

    [Fact]
    public void Sanitize_QuillMixedList_SplitsIntoBulletedAndNumberedLists() =>
        Assert.Equal(
            "<p>a</p><ul><li>One</li></ul><ol><li>Two</li><li>Three</li></ol><p>b</p>",
            ContentHtmlSanitizer.Sanitize(
                $"<p>a</p><ol><li data-list=\"bullet\">{Ui}One</li><li data-list=\"ordered\">{Ui}Two</li><li data-list=\"ordered\">{Ui}Three</li></ol><p>b</p>"));

    [Fact]
    public void Sanitize_DataListOutsideLists_IsRemoved() =>
        Assert.Equal("<p>x</p>", ContentHtmlSanitizer.Sanitize("<p data-list=\"bullet\">x</p>"));

    [Theory]
    [InlineData("<ol><li>One</li></ol>")]
    [InlineData("<ul><li>One<ol><li>Inner</li></ol></li></ul>")]
    public void Sanitize_SemanticLists_StayAsTheyAre(string html) =>
        Assert.Equal(html, ContentHtmlSanitizer.SanitizeMarkup(html));

    [Fact]
    public void Sanitize_MediaImageWithAlt_IsKept() =>
        Assert.Equal(
            "<p><img src=\"/media/ishr/placeholder.png\" alt=\"Photo\"></p>",
            ContentHtmlSanitizer.Sanitize("<p><img src=\"/media/ishr/placeholder.png\" alt=\"Photo\"></p>"));
}

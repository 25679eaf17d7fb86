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
}

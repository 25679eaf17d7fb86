using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Tests.ContentModel;

public sealed class LiquidPatternRendererTests
{
    private readonly LiquidPatternRenderer _renderer = new();

    private static ContentItem Item()
    {
        var item = new ContentItem { ContentItemId = "abc", ContentType = "Letter", DisplayText = "Hello World" };
        item.GetOrCreatePart("Letter")["Recipient"] = new JsonObject { ["Text"] = "Ms Smith" };
        return item;
    }

    [Theory]
    [InlineData("Hello World", "hello-world")]
    [InlineData("  Déjà vu — à Paris!  ", "deja-vu-a-paris")]
    [InlineData("a---b___c", "a-b-c")]
    [InlineData("Crème Brûlée 2024", "creme-brulee-2024")]
    [InlineData("!!!", "")]
    [InlineData(null, "")]
    public void Slugify_Text_IsLowerDashed(string? text, string expected) =>
        Assert.Equal(expected, LiquidPatternRenderer.Slugify(text));

    [Theory]
    [InlineData("{{ ContentItem.DisplayText | slugify }}", "hello-world")]
    [InlineData("{{ Model.ContentItem.DisplayText }}", "Hello World")]
    [InlineData("{{ ContentItem.ContentItemId }}-{{ ContentItem.ContentType }}", "abc-Letter")]
    [InlineData("{{ ContentItem.Letter.Recipient.Text }}", "Ms Smith")]
    [InlineData("{{ ContentItem.Content.Letter.Recipient.Text }}", "Ms Smith")]
    [InlineData("{{ Model.ContentItem | display_text }}", "Hello World")]
    public void Render_Pattern_UsesItem(string pattern, string expected) =>
        Assert.Equal(expected, _renderer.Render(pattern, Item()));

    [Fact]
    public void Render_Container_ReturnsContainerItem()
    {
        var container = new ContentItem { ContentItemId = "blog", ContentType = "Blog", DisplayText = "My Blog" };

        Assert.Equal("my-blog", _renderer.Render("{{ Model.ContentItem | container | display_text | slugify }}", Item(), container));
    }

    [Fact]
    public void Render_NoContainer_RendersEmpty() =>
        Assert.Equal("", _renderer.Render("{{ ContentItem | container | display_text }}", Item()));

    [Fact]
    public void Render_PatternDoesNotParse_ReturnsNull() =>
        Assert.Null(_renderer.Render("{{ ContentItem.DisplayText ", Item()));

    [Fact]
    public void Render_RunawayLoop_ReturnsNull() =>
        Assert.Null(_renderer.Render("{% for i in (1..1000) %}{% for j in (1..1000) %}x{% endfor %}{% endfor %}", Item()));

    [Fact]
    public void DescribeInvalidPattern_BadPattern_NamesSetting() =>
        Assert.StartsWith("The AutoroutePartSettings.Pattern setting is not a valid Liquid template",
            _renderer.DescribeInvalidPattern("AutoroutePartSettings.Pattern", "{% if %}"), StringComparison.Ordinal);

    [Fact]
    public void DescribeInvalidPattern_GoodPattern_IsNull() =>
        Assert.Null(_renderer.DescribeInvalidPattern("AutoroutePartSettings.Pattern", "{{ ContentItem.DisplayText | slugify }}"));
}

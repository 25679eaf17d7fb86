using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Parts.PreviewPart;

namespace Cms.Tests.Parts;

public sealed class PreviewPartSettingsTests
{
    [Fact]
    public void RenderUrl_PatternWithPathAndToken_GivesTheFrontEndUrl()
    {
        var settings = PreviewPartSettings.From(Type("https://site.example/{{ ContentItem.Content.AutoroutePart.Path }}?preview={{ token }}"))!;

        var url = settings.RenderUrl(Item("letters/a-draft"), "preview.abc_-1");

        Assert.Equal("https://site.example/letters/a-draft?preview=preview.abc_-1", url!.AbsoluteUri);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/letters/relative")]
    public void RenderUrl_ResultNotAnAbsoluteHttpUrl_GivesNull(string path)
    {
        var settings = PreviewPartSettings.From(Type("{{ ContentItem.Content.AutoroutePart.Path }}"))!;

        Assert.Null(settings.RenderUrl(Item(path), "preview.abc"));
    }

    [Fact]
    public void From_TypeWithoutPreviewPartOrPattern_GivesNull()
    {
        var withoutPart = new ContentTypeDefinition { Name = "Page" };

        Assert.Null(PreviewPartSettings.From(withoutPart));
        Assert.Null(PreviewPartSettings.From(Type("")));
    }

    private static ContentTypeDefinition Type(string pattern) => new()
    {
        Name = "Letter",
        Parts =
        [
            new ContentTypePartDefinition
            {
                PartName = "PreviewPart",
                Name = "PreviewPart",
                Settings = new JsonObject { ["PreviewPartSettings"] = new JsonObject { ["Pattern"] = pattern } },
            },
        ],
    };

    private static ContentItem Item(string path)
    {
        var item = new ContentItem { ContentItemId = "4letter000000000000000000a", ContentType = "Letter" };
        item.GetOrCreatePart("AutoroutePart")["Path"] = path;
        return item;
    }
}

using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Parts.AutoroutePart;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Parts;

public sealed class AutoroutePartKindTests
{
    private readonly AutoroutePartKind _kind = new();

    private static ContentItem Item(string displayText) =>
        new() { ContentItemId = "p1", ContentType = "Page", DisplayText = displayText };

    [Fact]
    public void Prepare_EmptyPath_GeneratesFromDefaultPattern()
    {
        var context = Part("AutoroutePart", """{ "Path": "" }""", item: Item("Déjà vu, again!"));

        _kind.Prepare(context);

        Assert.Equal("deja-vu-again", context.Part["Path"]!.GetValue<string>());
    }

    [Fact]
    public void Prepare_CustomPathAllowed_KeepsPathWithoutLeadingSlash()
    {
        var context = Part("AutoroutePart", """{ "Path": "/about/us" }""",
            """{ "AutoroutePartSettings": { "AllowCustomPath": true } }""", Item("Other"));

        _kind.Prepare(context);

        Assert.Equal("about/us", context.Part["Path"]!.GetValue<string>());
    }

    [Fact]
    public void Prepare_CustomPathNotAllowed_RegeneratesPath()
    {
        var context = Part("AutoroutePart", """{ "Path": "typed" }""", item: Item("From Title"));

        _kind.Prepare(context);

        Assert.Equal("from-title", context.Part["Path"]!.GetValue<string>());
    }

    [Fact]
    public void Prepare_ContainerPattern_UsesContainerAndDropsEmptySegments()
    {
        const string Settings = """{ "AutoroutePartSettings": { "Pattern": "{{ Model.ContentItem | container | display_text | slugify }}/{{ Model.ContentItem | display_text | slugify }}" } }""";
        var withBlog = Part("AutoroutePart", "{}", Settings, Item("Post One"), container: Item("My Blog"));
        var withoutBlog = Part("AutoroutePart", "{}", Settings, Item("Post One"));

        _kind.Prepare(withBlog);
        _kind.Prepare(withoutBlog);

        Assert.Equal("my-blog/post-one", withBlog.Part["Path"]!.GetValue<string>());
        Assert.Equal("post-one", withoutBlog.Part["Path"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("a:b")]
    [InlineData("a?b")]
    [InlineData("a.html")]
    [InlineData("a%20b")]
    [InlineData("a b")]
    [InlineData("a//b")]
    [InlineData("/")]
    public void Validate_InvalidPath_ReportsPath(string path)
    {
        var context = Part("AutoroutePart", "{}", """{ "AutoroutePartSettings": { "AllowCustomPath": true } }""");
        context.Part["Path"] = path;
        var result = new ContentValidationResult();

        _kind.Validate(context, result);

        Assert.Equal("/AutoroutePart/Path", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Validate_TooLong_ReportsLength()
    {
        var context = Part("AutoroutePart", "{}");
        context.Part["Path"] = new string('a', 1025);
        var result = new ContentValidationResult();

        _kind.Validate(context, result);

        Assert.Contains("1024", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GoodPath_IsValid() =>
        Assert.Empty(AutoroutePartKind.ValidatePath("blog/2024/my-first-post"));

    [Fact]
    public void Validate_PatternDoesNotParse_NamesSetting() =>
        Assert.Contains("AutoroutePartSettings.Pattern", Assert.Single(Validate(_kind, Part("AutoroutePart", """{ "Path": "x" }""",
            """{ "AutoroutePartSettings": { "AllowCustomPath": true, "Pattern": "{% if %}" } }""")).Errors).Message, StringComparison.Ordinal);

    [Fact]
    public void Index_Path_SetsRoutePathWithoutLeadingSlash()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Part("AutoroutePart", """{ "Path": "/about" }"""), entries);

        Assert.Equal("about", entries.RoutePath);
    }

    [Fact]
    public void Index_Disabled_SetsNoRoutePath()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Part("AutoroutePart", """{ "Path": "about", "Disabled": true }"""), entries);

        Assert.Null(entries.RoutePath);
    }
}

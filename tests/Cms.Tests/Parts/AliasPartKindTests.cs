using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Parts.AliasPart;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Parts;

public sealed class AliasPartKindTests
{
    private readonly AliasPartKind _kind = new();

    [Fact]
    public void Prepare_EmptyAlias_GeneratesFromDisplayText()
    {
        var context = Part("AliasPart", "{}", item: new ContentItem { ContentType = "Page", DisplayText = "Main Menu" });

        _kind.Prepare(context);

        Assert.Equal("main-menu", context.Part["Alias"]!.GetValue<string>());
    }

    [Fact]
    public void Prepare_TypedAlias_IsKept()
    {
        var context = Part("AliasPart", """{ "Alias": "Footer" }""", item: new ContentItem { ContentType = "Page", DisplayText = "Main Menu" });

        _kind.Prepare(context);

        Assert.Equal("Footer", context.Part["Alias"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_TooLong_ReportsAlias()
    {
        var context = Part("AliasPart", "{}");
        context.Part["Alias"] = new string('a', 736);
        var result = new ContentValidationResult();

        _kind.Validate(context, result);

        Assert.Equal("/AliasPart/Alias", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Index_Alias_IsLowerCase()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Part("AliasPart", """{ "Alias": "Main-Menu" }"""), entries);

        Assert.Equal("main-menu", entries.Alias);
    }
}

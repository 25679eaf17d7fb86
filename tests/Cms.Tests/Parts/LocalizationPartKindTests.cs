using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Parts.LocalizationPart;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Parts;

public sealed class LocalizationPartKindTests
{
    private readonly LocalizationPartKind _kind = new();

    [Fact]
    public void Prepare_NoLocalizationSet_StartsANewSet()
    {
        var context = Part("LocalizationPart", """{ "Culture": "fr" }""");

        _kind.Prepare(context);

        Assert.Equal(26, context.Part["LocalizationSet"]!.GetValue<string>().Length);
    }

    [Fact]
    public void Prepare_GivenLocalizationSet_IsKept()
    {
        var context = Part("LocalizationPart", """{ "LocalizationSet": "set1", "Culture": "fr" }""");

        _kind.Prepare(context);

        Assert.Equal("set1", context.Part["LocalizationSet"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_CultureNotACultureName_ReportsCulture()
    {
        var context = Part("LocalizationPart", """{ "LocalizationSet": "set1", "Culture": "french please" }""");
        var result = new ContentValidationResult();

        _kind.Validate(context, result);

        var error = Assert.Single(result.Errors);
        Assert.Equal("/LocalizationPart/Culture", error.Path);
        Assert.Contains("'french please'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr-CA")]
    [InlineData("es")]
    public void Validate_CultureName_IsAccepted(string culture)
    {
        var context = Part("LocalizationPart", $$"""{ "LocalizationSet": "set1", "Culture": "{{culture}}" }""");
        var result = new ContentValidationResult();

        _kind.Validate(context, result);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Index_SetAndCulture_AreIndexed()
    {
        var entries = new ContentIndexEntries();

        _kind.Index(Part("LocalizationPart", """{ "LocalizationSet": "set1", "Culture": "fr" }"""), entries);

        Assert.Equal(new LocalizationIndexEntry("set1", "fr"), entries.Localization);
    }

    [Fact]
    public void Index_NoCulture_HasNoRow()
    {
        var entries = new ContentIndexEntries();

        _kind.Index(Part("LocalizationPart", """{ "LocalizationSet": "set1" }"""), entries);

        Assert.Null(entries.Localization);
    }
}

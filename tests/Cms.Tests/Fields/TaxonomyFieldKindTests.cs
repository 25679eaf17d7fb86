using Cms.Core.ContentModel;
using Cms.Core.Fields.TaxonomyField;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class TaxonomyFieldKindTests
{
    private const string Settings = """{ "TaxonomyFieldSettings": { "TaxonomyContentItemId": "tax1", "Unique": true, "Required": true } }""";
    private readonly TaxonomyFieldKind _kind = new();

    [Fact]
    public void Validate_OneTerm_IsValid() =>
        Assert.True(Validate(_kind, Field("TaxonomyField", "Tags", """{ "TaxonomyContentItemId": "tax1", "TermContentItemIds": [ "t1" ] }""", Settings)).IsValid);

    [Fact]
    public void Validate_TwoTermsUnique_ReportsOnlyOne() =>
        Assert.Equal("/Letter/Tags/TermContentItemIds", Assert.Single(Validate(_kind, Field("TaxonomyField", "Tags",
            """{ "TermContentItemIds": [ "t1", "t2" ] }""", Settings)).Errors).Path);

    [Fact]
    public void Validate_RequiredAndEmpty_ReportsRequired() =>
        Assert.Equal("The Tags field is required.", Assert.Single(Validate(_kind, Field("TaxonomyField", "Tags", null, Settings)).Errors).Message);

    [Fact]
    public void Validate_TermIdNotString_ReportsElement() =>
        Assert.Equal("/Letter/Tags/TermContentItemIds/0", Assert.Single(Validate(_kind, Field("TaxonomyField", "Tags",
            """{ "TermContentItemIds": [ 1 ] }""")).Errors).Path);

    [Fact]
    public void Validate_TaxonomyIdNotString_ReportsProperty() =>
        Assert.Equal("/Letter/Tags/TaxonomyContentItemId", Assert.Single(Validate(_kind, Field("TaxonomyField", "Tags",
            """{ "TaxonomyContentItemId": [], "TermContentItemIds": [] }""")).Errors).Path);

    [Fact]
    public void Prepare_MissingTaxonomyId_TakesSetting()
    {
        var context = Field("TaxonomyField", "Tags", """{ "TermContentItemIds": [ "t1" ] }""", Settings);

        _kind.Prepare(context);

        Assert.Equal("tax1", context.Value!["TaxonomyContentItemId"]!.GetValue<string>());
    }

    [Fact]
    public void Index_Terms_AddsOneRowPerTerm()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("TaxonomyField", "Tags", """{ "TaxonomyContentItemId": "tax1", "TermContentItemIds": [ "t1", "t2" ] }"""), entries);

        Assert.Equal(
            [new TaxonomyIndexEntry("tax1", "Letter", "Tags", "t1"), new TaxonomyIndexEntry("tax1", "Letter", "Tags", "t2")],
            entries.Taxonomies);
    }
}

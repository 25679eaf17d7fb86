using Cms.Core.ContentModel;
using Cms.Core.Parts.TaxonomyPart;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Parts;

public sealed class TaxonomyPartKindTests
{
    private readonly TaxonomyPartKind _kind = new();

    private static ContentItem Taxonomy() => new() { ContentItemId = "tax1", ContentType = "Taxonomy" };

    [Fact]
    public void Prepare_Terms_GetIdsAndTaxonomyIdAtEveryLevel()
    {
        var context = Part("TaxonomyPart", """
            { "TermContentType": "Tag", "Terms": [
              { "ContentType": "Tag", "TitlePart": { "Title": "Earth" },
                "Terms": [ { "ContentItemId": "moon", "ContentType": "Tag" } ] } ] }
            """, item: Taxonomy());

        _kind.Prepare(context);

        var term = context.Part["Terms"]![0]!;
        Assert.Equal(26, term["ContentItemId"]!.GetValue<string>().Length);
        Assert.Equal("tax1", term["TermPart"]!["TaxonomyContentItemId"]!.GetValue<string>());
        var child = term["Terms"]![0]!;
        Assert.Equal("moon", child["ContentItemId"]!.GetValue<string>());
        Assert.Equal("tax1", child["TermPart"]!["TaxonomyContentItemId"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_WrongTermType_ReportsNestedPath()
    {
        var error = Assert.Single(Validate(_kind, Part("TaxonomyPart", """
            { "TermContentType": "Tag", "Terms": [ { "ContentItemId": "a", "ContentType": "Tag",
              "Terms": [ { "ContentItemId": "b", "ContentType": "Category" } ] } ] }
            """, item: Taxonomy())).Errors);

        Assert.Equal("/TaxonomyPart/Terms/0/Terms/0/ContentType", error.Path);
    }

    [Fact]
    public void Validate_DuplicateTermIds_ReportsSecond() =>
        Assert.Equal("/TaxonomyPart/Terms/0/Terms/0/ContentItemId", Assert.Single(Validate(_kind, Part("TaxonomyPart", """
            { "Terms": [ { "ContentItemId": "a", "ContentType": "Tag", "Terms": [ { "ContentItemId": "a", "ContentType": "Tag" } ] } ] }
            """, item: Taxonomy())).Errors).Path);

    [Fact]
    public void Validate_TermsNotArray_ReportsTerms() =>
        Assert.Equal("/TaxonomyPart/Terms", Assert.Single(Validate(_kind, Part("TaxonomyPart", """{ "Terms": "x" }""")).Errors).Path);
}

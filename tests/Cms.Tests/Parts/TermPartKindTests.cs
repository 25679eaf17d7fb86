using Cms.Core.Parts.TermPart;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Parts;

public sealed class TermPartKindTests
{
    [Fact]
    public void Validate_TaxonomyId_IsValid() =>
        Assert.True(Validate(new TermPartKind(), Part("TermPart", """{ "TaxonomyContentItemId": "tax1" }""")).IsValid);

    [Fact]
    public void Validate_TaxonomyIdNotString_ReportsProperty() =>
        Assert.Equal("/TermPart/TaxonomyContentItemId",
            Assert.Single(Validate(new TermPartKind(), Part("TermPart", """{ "TaxonomyContentItemId": 5 }""")).Errors).Path);
}

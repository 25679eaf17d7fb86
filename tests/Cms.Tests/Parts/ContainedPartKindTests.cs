using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Parts.ContainedPart;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Parts;

public sealed class ContainedPartKindTests
{
    private readonly ContainedPartKind _kind = new();

    [Fact]
    public void Index_ListId_SetsContained()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Part("ContainedPart", """{ "ListContentItemId": "blog1", "ListContentType": "Blog", "Order": 3 }"""), entries);

        Assert.Equal(new ContainedIndexEntry("blog1", "Blog", 3), entries.Contained);
    }

    [Fact]
    public void Index_NoListId_SetsNothing()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Part("ContainedPart", "{}"), entries);

        Assert.Null(entries.Contained);
    }

    [Theory]
    [InlineData("""{ "ListContentItemId": "blog1", "Order": 1.5 }""", "/ContainedPart/Order")]
    [InlineData("""{ "ListContentItemId": "blog1", "Order": "first" }""", "/ContainedPart/Order")]
    [InlineData("""{ "ListContentItemId": 1 }""", "/ContainedPart/ListContentItemId")]
    public void Validate_WrongTypes_ReportProperty(string part, string path) =>
        Assert.Equal(path, Assert.Single(Validate(_kind, Part("ContainedPart", part)).Errors).Path);
}

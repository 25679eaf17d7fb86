using Cms.Core.ContentModel;

namespace Cms.Tests.ContentModel;

public sealed class ContentKindCatalogTests
{
    [Theory]
    [InlineData("TitlePart")]
    [InlineData("AutoroutePart")]
    [InlineData("AliasPart")]
    [InlineData("HtmlBodyPart")]
    [InlineData("MarkdownBodyPart")]
    [InlineData("BagPart")]
    [InlineData("ListPart")]
    [InlineData("ContainedPart")]
    [InlineData("TaxonomyPart")]
    [InlineData("TermPart")]
    public void FindPart_KnownKind_ReturnsKind(string name) =>
        Assert.Equal(name, ContentKindCatalog.Default.FindPart(name)?.Name);

    [Theory]
    [InlineData("TextField")]
    [InlineData("HtmlField")]
    [InlineData("MarkdownField")]
    [InlineData("NumericField")]
    [InlineData("BooleanField")]
    [InlineData("DateField")]
    [InlineData("DateTimeField")]
    [InlineData("TimeField")]
    [InlineData("LinkField")]
    [InlineData("ContentPickerField")]
    [InlineData("MediaField")]
    [InlineData("TaxonomyField")]
    [InlineData("MultiTextField")]
    public void FindField_KnownKind_ReturnsKind(string name) =>
        Assert.Equal(name, ContentKindCatalog.Default.FindField(name)?.Name);

    [Fact]
    public void FindPart_UnknownKind_ReturnsNull()
    {
        Assert.Null(ContentKindCatalog.Default.FindPart("FormPart"));
        Assert.Null(ContentKindCatalog.Default.FindPart("titlepart"));
        Assert.Null(ContentKindCatalog.Default.FindField("YoutubeField"));
    }

    [Fact]
    public void Constructor_TwoKindsWithOneName_ThrowsNamingTheName()
    {
        var text = ContentKindCatalog.Default.FindField("TextField")!;

        var error = Assert.Throws<InvalidOperationException>(() => new ContentKindCatalog([], [text, text]));

        Assert.Contains("'TextField'", error.Message, StringComparison.Ordinal);
    }
}

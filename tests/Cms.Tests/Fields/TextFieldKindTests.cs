using Cms.Core.Fields.TextField;
using Cms.Core.Indexing;
using Cms.Core.ContentModel;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class TextFieldKindTests
{
    private const string Required = """{ "TextFieldSettings": { "Required": true } }""";
    private readonly TextFieldKind _kind = new();

    [Fact]
    public void Validate_Text_IsValid() =>
        Assert.True(Validate(_kind, Field("TextField", "Recipient", """{ "Text": "Ms Smith" }""", Required)).IsValid);

    [Fact]
    public void Validate_MissingField_IsValidWhenNotRequired() =>
        Assert.True(Validate(_kind, Field("TextField", "Recipient", null)).IsValid);

    [Theory]
    [InlineData(null)]
    [InlineData("""{ "Text": "  " }""")]
    [InlineData("""{ "Text": null }""")]
    public void Validate_RequiredAndEmpty_NamesDisplayName(string? value)
    {
        var result = Validate(_kind, Field("TextField", "Recipient", value, Required, displayName: "Recipient name"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("/Letter/Recipient/Text", error.Path);
        Assert.Equal("The Recipient name field is required.", error.Message);
    }

    [Fact]
    public void Validate_TextIsNumber_ReportsWrongType()
    {
        var error = Assert.Single(Validate(_kind, Field("TextField", "Recipient", """{ "Text": 12 }""")).Errors);

        Assert.Equal("/Letter/Recipient/Text", error.Path);
        Assert.Contains("must be a string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_Text_AddsOneTextRow()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("TextField", "Recipient", """{ "Text": "Ms Smith" }"""), entries);

        Assert.Equal(new FieldValueIndexEntry(FieldValueKind.Text, "Letter", "Recipient", "Ms Smith"), Assert.Single(entries.FieldValues));
    }

    [Fact]
    public void Index_MissingField_AddsNullRow()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("TextField", "Recipient", null), entries);

        Assert.Null(Assert.Single(entries.FieldValues).Value);
    }

    [Fact]
    public void Index_LongText_TruncatesTo766()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("TextField", "Recipient", $$"""{ "Text": "{{new string('a', 1000)}}" }"""), entries);

        Assert.Equal(766, ((string)Assert.Single(entries.FieldValues).Value!).Length);
    }
}

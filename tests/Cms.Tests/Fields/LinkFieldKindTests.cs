using Cms.Core.ContentModel;
using Cms.Core.Fields.LinkField;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class LinkFieldKindTests
{
    private readonly LinkFieldKind _kind = new();

    [Theory]
    [InlineData("""{ "Url": "https://example.org/a", "Text": "A", "Target": "_blank" }""")]
    [InlineData("""{ "Url": "/about" }""")]
    [InlineData(null)]
    public void Validate_Link_IsValid(string? value) =>
        Assert.True(Validate(_kind, Field("LinkField", "Website", value)).IsValid);

    [Fact]
    public void Validate_TextWithoutUrl_ReportsUrl() =>
        Assert.Equal("/Letter/Website/Url", Assert.Single(Validate(_kind, Field("LinkField", "Website", """{ "Text": "Home" }""")).Errors).Path);

    [Fact]
    public void Validate_RequiredAndMissing_ReportsRequired() =>
        Assert.Equal("The Website field is required.",
            Assert.Single(Validate(_kind, Field("LinkField", "Website", "{}", """{ "LinkFieldSettings": { "Required": true } }""")).Errors).Message);

    [Fact]
    public void Validate_RequiredWithTextButNoUrl_ReportsOnlyTheMissingUrl() =>
        Assert.Equal("The Website field is required.",
            Assert.Single(Validate(_kind, Field("LinkField", "Website", """{ "Text": "Home" }""", """{ "LinkFieldSettings": { "Required": true } }""")).Errors).Message);

    [Theory]
    [InlineData("Required")]
    [InlineData("1")]
    public void Validate_TextModeRequiredWithoutText_ReportsText(string mode) =>
        Assert.Equal("/Letter/Website/Text",
            Assert.Single(Validate(_kind, Field("LinkField", "Website", """{ "Url": "https://example.org" }""",
                $$"""{ "LinkFieldSettings": { "LinkTextMode": "{{mode}}" } }""")).Errors).Path);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://exa mple.org/<x>")]
    public void Validate_BadUrl_ReportsUrl(string url) =>
        Assert.Equal("/Letter/Website/Url", Assert.Single(Validate(_kind, Field("LinkField", "Website", $$"""{ "Url": "{{url}}" }""")).Errors).Path);

    [Fact]
    public void Validate_UrlIsNumber_ReportsWrongType() =>
        Assert.Contains("must be a string", Assert.Single(Validate(_kind, Field("LinkField", "Website", """{ "Url": 5 }""")).Errors).Message, StringComparison.Ordinal);

    [Fact]
    public void Index_Link_AddsUrlAsText()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("LinkField", "Website", """{ "Url": "https://example.org", "Text": "Ex" }"""), entries);

        Assert.Equal(new FieldValueIndexEntry(FieldValueKind.Text, "Letter", "Website", "https://example.org"), Assert.Single(entries.FieldValues));
    }
}

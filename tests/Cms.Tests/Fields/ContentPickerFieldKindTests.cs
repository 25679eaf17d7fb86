using Cms.Core.ContentModel;
using Cms.Core.Fields.ContentPickerField;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Fields;

public sealed class ContentPickerFieldKindTests
{
    private const string Single = """{ "ContentPickerFieldSettings": { "Required": true, "Multiple": false, "DisplayedContentTypes": [ "Analysis" ] } }""";
    private readonly ContentPickerFieldKind _kind = new();

    [Fact]
    public void Validate_OneId_IsValid() =>
        Assert.True(Validate(_kind, Field("ContentPickerField", "Related", """{ "ContentItemIds": [ "a1" ] }""", Single)).IsValid);

    [Fact]
    public void Validate_TwoIdsNotMultiple_ReportsOnlyOne()
    {
        var error = Assert.Single(Validate(_kind, Field("ContentPickerField", "Related", """{ "ContentItemIds": [ "a1", "a2" ] }""", Single)).Errors);

        Assert.Equal("/Letter/Related/ContentItemIds", error.Path);
        Assert.Contains("only one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RequiredAndEmpty_ReportsRequired() =>
        Assert.Equal("The Related field is required.",
            Assert.Single(Validate(_kind, Field("ContentPickerField", "Related", """{ "ContentItemIds": [] }""", Single)).Errors).Message);

    [Fact]
    public void Validate_IdNotString_ReportsElement() =>
        Assert.Equal("/Letter/Related/ContentItemIds/1",
            Assert.Single(Validate(_kind, Field("ContentPickerField", "Related", """{ "ContentItemIds": [ "a1", 7 ] }""",
                """{ "ContentPickerFieldSettings": { "Multiple": true } }""")).Errors).Path);

    [Fact]
    public void Validate_IdsNotArray_ReportsProperty() =>
        Assert.Equal("/Letter/Related/ContentItemIds",
            Assert.Single(Validate(_kind, Field("ContentPickerField", "Related", """{ "ContentItemIds": "a1" }""")).Errors).Path);

    [Fact]
    public void Index_Ids_AddsOneRowPerIdWithAllowedTypes()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("ContentPickerField", "Related", """{ "ContentItemIds": [ "a1", "a2" ] }""", Single), entries);

        Assert.Equal(["a1", "a2"], entries.ContentPickers.Select(e => e.SelectedContentItemId));
        Assert.All(entries.ContentPickers, e => Assert.Equal(["Analysis"], e.AllowedContentTypes));
        Assert.All(entries.ContentPickers, e => Assert.Equal(("Letter", "Related"), (e.ContentPart, e.ContentField)));
    }

    [Fact]
    public void Index_DisplayAllContentTypes_AllowsAny()
    {
        var entries = new ContentIndexEntries();
        _kind.Index(Field("ContentPickerField", "Related", """{ "ContentItemIds": [ "a1" ] }""",
            """{ "ContentPickerFieldSettings": { "DisplayAllContentTypes": true, "DisplayedContentTypes": [ "Analysis" ] } }"""), entries);

        Assert.Empty(Assert.Single(entries.ContentPickers).AllowedContentTypes);
    }
}

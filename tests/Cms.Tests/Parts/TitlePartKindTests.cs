using Cms.Core.ContentModel;
using Cms.Core.Parts.TitlePart;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Parts;

public sealed class TitlePartKindTests
{
    private readonly TitlePartKind _kind = new();

    [Fact]
    public void Prepare_Title_SetsDisplayText()
    {
        var context = Part("TitlePart", """{ "Title": "Dear Minister" }""");

        _kind.Prepare(context);

        Assert.Equal("Dear Minister", context.Item.DisplayText);
    }

    [Fact]
    public void Prepare_NoTitle_KeepsDisplayText()
    {
        var context = Part("TitlePart", "{}", item: new ContentItem { ContentType = "Page", DisplayText = "Imported" });

        _kind.Prepare(context);

        Assert.Equal("Imported", context.Item.DisplayText);
    }

    [Theory]
    [InlineData("GeneratedDisabled")]
    [InlineData("2")]
    public void Prepare_GeneratedPattern_SetsTitleAndDisplayText(string options)
    {
        var item = new ContentItem { ContentItemId = "p1", ContentType = "Letter" };
        item.GetOrCreatePart("Letter")["Recipient"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "Ms Smith" };
        var context = Part("TitlePart", """{ "Title": "typed" }""",
            $$$"""{ "TitlePartSettings": { "Options": "{{{options}}}", "Pattern": "Letter to {{ ContentItem.Letter.Recipient.Text }}" } }""", item);

        _kind.Prepare(context);

        Assert.Equal("Letter to Ms Smith", context.Part["Title"]!.GetValue<string>());
        Assert.Equal("Letter to Ms Smith", item.DisplayText);
    }

    [Fact]
    public void Validate_EditableRequiredAndEmpty_ReportsTitle()
    {
        var error = Assert.Single(Validate(_kind, Part("TitlePart", """{ "Title": "" }""",
            """{ "TitlePartSettings": { "Options": "EditableRequired" } }""")).Errors);

        Assert.Equal("/TitlePart/Title", error.Path);
        Assert.Equal("The Title field is required.", error.Message);
    }

    [Fact]
    public void Validate_EditableRequiredAndNoTitleAtAll_ReportsTitle()
    {
        var error = Assert.Single(Validate(_kind, Part("TitlePart", "{}",
            """{ "TitlePartSettings": { "Options": 3 } }""")).Errors);

        Assert.Equal("/TitlePart/Title", error.Path);
        Assert.Equal("The Title field is required.", error.Message);
    }

    [Fact]
    public void Validate_EditableRequiredWithDisplayName_NamesThePartAsEditorsReadIt()
    {
        var error = Assert.Single(Validate(_kind, Part("TitlePart", """{ "Title": " " }""",
            """{ "ContentTypePartSettings": { "DisplayName": "Organisation name" }, "TitlePartSettings": { "Options": "EditableRequired" } }""")).Errors);

        Assert.Equal("The Organisation name field is required.", error.Message);
    }

    [Fact]
    public void Validate_EditableAndEmpty_IsValid() =>
        Assert.True(Validate(_kind, Part("TitlePart", "{}")).IsValid);

    [Fact]
    public void Validate_TitleIsNumber_ReportsWrongType() =>
        Assert.Equal("/TitlePart/Title", Assert.Single(Validate(_kind, Part("TitlePart", """{ "Title": 3 }""")).Errors).Path);

    [Fact]
    public void Validate_PatternDoesNotParse_NamesSetting()
    {
        var error = Assert.Single(Validate(_kind, Part("TitlePart", """{ "Title": "x" }""",
            """{ "TitlePartSettings": { "Options": "GeneratedHidden", "Pattern": "{{ ContentItem.DisplayText " } }""")).Errors);

        Assert.Equal("/TitlePart", error.Path);
        Assert.Contains("TitlePartSettings.Pattern", error.Message, StringComparison.Ordinal);
    }
}

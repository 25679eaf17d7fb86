using Cms.Core.ContentModel;
using Cms.Core.Parts.BagPart;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.Parts;

public sealed class BagPartKindTests
{
    private const string Services = """{ "BagPartSettings": { "ContainedContentTypes": [ "Service" ] } }""";
    private readonly BagPartKind _kind = new();

    [Fact]
    public void Prepare_ItemWithoutId_GetsId()
    {
        var context = Part("BagPart", """{ "ContentItems": [ { "ContentType": "Service" }, { "ContentItemId": "keep", "ContentType": "Service" } ] }""", name: "Services");

        _kind.Prepare(context);

        var items = context.Part["ContentItems"]!.AsArray();
        Assert.Equal(26, items[0]!["ContentItemId"]!.GetValue<string>().Length);
        Assert.Equal("keep", items[1]!["ContentItemId"]!.GetValue<string>());
    }

    [Fact]
    public void Prepare_PrepareNested_WritesPreparedItemBack()
    {
        var item = new ContentItem { ContentType = "Page" };
        item.Content["Services"] = Cms.Tests.ContentModel.TestContent.Json("""{ "ContentItems": [ { "ContentType": "Service", "TitlePart": { "Title": "Audit" } } ] }""");
        var context = new ContentPartContext
        {
            Item = item,
            Type = new() { Name = "Page" },
            TypePart = new() { PartName = "BagPart", Name = "Services" },
            Part = item.GetOrCreatePart("Services"),
            Definitions = new(),
            PrepareNested = nested => nested.DisplayText = nested.GetPart("TitlePart")!["Title"]!.GetValue<string>(),
        };

        _kind.Prepare(context);

        Assert.Equal("Audit", context.Part["ContentItems"]![0]!["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_TypeNotContained_ReportsContentTypeOfItem()
    {
        var error = Assert.Single(Validate(_kind, Part("BagPart",
            """{ "ContentItems": [ { "ContentItemId": "a", "ContentType": "Service" }, { "ContentItemId": "b", "ContentType": "Banner" } ] }""", Services, name: "Services")).Errors);

        Assert.Equal("/Services/ContentItems/1/ContentType", error.Path);
        Assert.Contains("'Banner'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ContainedStereotype_IsAllowed()
    {
        var definitions = Definitions("""
            { "ContentTypeDefinitionRecords": [ { "Name": "Banner", "Settings": { "ContentTypeSettings": { "Stereotype": "Widget" } } } ] }
            """);

        var result = Validate(_kind, Part("BagPart", """{ "ContentItems": [ { "ContentItemId": "a", "ContentType": "Banner" } ] }""",
            """{ "BagPartSettings": { "ContainedStereotypes": [ "Widget" ] } }""", definitions: definitions));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_NestedErrors_AreReportedThroughValidateNested()
    {
        var item = new ContentItem { ContentType = "Page" };
        item.Content["Services"] = Cms.Tests.ContentModel.TestContent.Json("""{ "ContentItems": [ { "ContentItemId": "a", "ContentType": "Service" } ] }""");
        var seen = new List<string>();
        var context = new ContentPartContext
        {
            Item = item,
            Type = new() { Name = "Page" },
            TypePart = new() { PartName = "BagPart", Name = "Services" },
            Part = item.GetOrCreatePart("Services"),
            Definitions = new(),
            ValidateNested = (nested, pointer, result) => seen.Add($"{pointer} {nested.ContentItemId}"),
        };

        _kind.Validate(context, new ContentValidationResult());

        Assert.Equal(["/Services/ContentItems/0 a"], seen);
    }

    [Fact]
    public void Validate_ItemsNotArray_ReportsProperty() =>
        Assert.Equal("/BagPart/ContentItems", Assert.Single(Validate(_kind, Part("BagPart", """{ "ContentItems": {} }""")).Errors).Path);

    [Fact]
    public void Validate_ItemNotObject_ReportsItem() =>
        Assert.Equal("/BagPart/ContentItems/0", Assert.Single(Validate(_kind, Part("BagPart", """{ "ContentItems": [ 3 ] }""")).Errors).Path);

    [Fact]
    public void Validate_DuplicateIds_ReportsSecond() =>
        Assert.Equal("/BagPart/ContentItems/1/ContentItemId", Assert.Single(Validate(_kind, Part("BagPart",
            """{ "ContentItems": [ { "ContentItemId": "a", "ContentType": "S" }, { "ContentItemId": "a", "ContentType": "S" } ] }""")).Errors).Path);
}

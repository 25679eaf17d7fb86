using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;
using static Cms.Tests.ContentModel.TestContent;

namespace Cms.Tests.ContentModel;

public sealed class ContentItemValidatorTests
{
    private static readonly ContentDefinitionDocument LetterDefinitions = Definitions("""
        {
          "ContentTypeDefinitionRecords": [
            { "Name": "Letter", "DisplayName": "Letter", "ContentTypePartDefinitionRecords": [
              { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "1" } } },
              { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
              { "PartName": "Letter", "Name": "Letter", "Settings": { "ContentTypePartSettings": { "Position": "2" } } },
              { "PartName": "BagPart", "Name": "Signatories", "Settings": { "BagPartSettings": { "ContainedContentTypes": [ "Signatory" ] } } },
              { "PartName": "FormPart", "Name": "FormPart" } ] },
            { "Name": "Signatory", "ContentTypePartDefinitionRecords": [
              { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "TitlePartSettings": { "Options": "EditableRequired" } } },
              { "PartName": "Signatory", "Name": "Signatory" } ] }
          ],
          "ContentPartDefinitionRecords": [
            { "Name": "Letter", "ContentPartFieldDefinitionRecords": [
              { "FieldName": "TextField", "Name": "Recipient", "Settings": { "TextFieldSettings": { "Required": true } } },
              { "FieldName": "NumericField", "Name": "SignatoryCount", "Settings": { "NumericFieldSettings": { "Minimum": 1 } } },
              { "FieldName": "HtmlField", "Name": "Body" },
              { "FieldName": "YoutubeField", "Name": "Video" } ] },
            { "Name": "Signatory", "ContentPartFieldDefinitionRecords": [
              { "FieldName": "TextField", "Name": "Organisation", "Settings": { "TextFieldSettings": { "Required": true } } } ] }
          ]
        }
        """);

    private static ContentItem Letter(string json) => ContentItemJson.Parse(json);

    [Fact]
    public void Validate_UnknownType_ReportsContentType()
    {
        var error = Assert.Single(ContentItemValidator.Default.Validate(LetterDefinitions, Letter("""{ "ContentType": "Memo" }""")).Errors);

        Assert.Equal("/ContentType", error.Path);
        Assert.Equal("The content type 'Memo' is not defined.", error.Message);
    }

    [Fact]
    public void Validate_ValidLetter_PreparesTitlePathAndSanitises()
    {
        var item = Letter("""
            { "ContentItemId": "l1", "ContentType": "Letter",
              "TitlePart": { "Title": "Open Letter to the Minister" },
              "AutoroutePart": { "Path": "" },
              "Letter": { "Recipient": { "Text": "Minister" }, "SignatoryCount": { "Value": 2 },
                          "Body": { "Html": "<p>Hi</p><script>x()</script>" }, "Video": { "Url": 5 } },
              "FormPart": { "Action": 5 } }
            """);

        var result = ContentItemValidator.Default.Validate(LetterDefinitions, item);

        Assert.Empty(result.Errors);
        Assert.Equal("Open Letter to the Minister", item.DisplayText);
        Assert.Equal("open-letter-to-the-minister", item.GetPart("AutoroutePart")!["Path"]!.GetValue<string>());
        Assert.Equal("<p>Hi</p>", item.GetPart("Letter")!["Body"]!["Html"]!.GetValue<string>());
    }

    [Fact]
    public void Validate_FieldErrors_ArePointedAt()
    {
        var item = Letter("""{ "ContentType": "Letter", "Letter": { "SignatoryCount": { "Value": 0 } } }""");

        var paths = ContentItemValidator.Default.Validate(LetterDefinitions, item).Errors.Select(e => e.Path);

        Assert.Equal(["/Letter/Recipient/Text", "/Letter/SignatoryCount/Value"], paths);
    }

    [Fact]
    public void Validate_FieldNotObject_ReportsField() =>
        Assert.Contains(ContentItemValidator.Default.Validate(LetterDefinitions,
                Letter("""{ "ContentType": "Letter", "Letter": { "Recipient": "Minister" } }""")).Errors,
            e => e.Path == "/Letter/Recipient" && e.Message.Contains("JSON object", StringComparison.Ordinal));

    [Fact]
    public void Validate_PartNotObject_ReportsPartAndKeepsValue()
    {
        var item = Letter("""{ "ContentType": "Letter", "TitlePart": [ 1 ], "Letter": { "Recipient": { "Text": "M" } } }""");

        var error = Assert.Single(ContentItemValidator.Default.Validate(LetterDefinitions, item).Errors);

        Assert.Equal("/TitlePart", error.Path);
        Assert.IsType<System.Text.Json.Nodes.JsonArray>(item.Content["TitlePart"]);
    }

    [Fact]
    public void Validate_NestedBagItemErrors_HaveFullPaths()
    {
        var item = Letter("""
            { "ContentType": "Letter", "Letter": { "Recipient": { "Text": "M" } },
              "Signatories": { "ContentItems": [
                { "ContentType": "Signatory", "TitlePart": { "Title": "Amnesty" }, "Signatory": { "Organisation": { "Text": "AI" } } },
                { "ContentType": "Signatory", "TitlePart": { "Title": "" }, "Signatory": {} },
                { "ContentType": "Memo" } ] } }
            """);

        var errors = ContentItemValidator.Default.Validate(LetterDefinitions, item).Errors;

        Assert.Equal(
            ["/Signatories/ContentItems/1/TitlePart/Title", "/Signatories/ContentItems/1/Signatory/Organisation/Text", "/Signatories/ContentItems/2/ContentType"],
            errors.Select(e => e.Path));
    }

    [Fact]
    public void Validate_NestedBagItems_ArePreparedInPlace()
    {
        var item = Letter("""
            { "ContentType": "Letter", "Letter": { "Recipient": { "Text": "M" } },
              "Signatories": { "ContentItems": [ { "ContentType": "Signatory", "TitlePart": { "Title": "Amnesty" }, "Signatory": { "Organisation": { "Text": "AI" } } } ] } }
            """);

        ContentItemValidator.Default.Validate(LetterDefinitions, item);

        var nested = item.GetPart("Signatories")!["ContentItems"]![0]!;
        Assert.Equal("Amnesty", nested["DisplayText"]!.GetValue<string>());
        Assert.Equal(26, nested["ContentItemId"]!.GetValue<string>().Length);
    }

    [Fact]
    public void Validate_NestedUnknownType_ReportsNestedContentType()
    {
        var definitions = Definitions("""
            { "ContentTypeDefinitionRecords": [ { "Name": "Page", "ContentTypePartDefinitionRecords": [ { "PartName": "BagPart", "Name": "BagPart" } ] } ] }
            """);
        var item = Letter("""{ "ContentType": "Page", "BagPart": { "ContentItems": [ { "ContentType": "Ghost" } ] } }""");

        var error = Assert.Single(ContentItemValidator.Default.Validate(definitions, item).Errors);

        Assert.Equal("/BagPart/ContentItems/0/ContentType", error.Path);
        Assert.Equal("The content type 'Ghost' is not defined.", error.Message);
    }

    [Fact]
    public void BuildIndexEntries_Letter_HasOneRowPerScalarFieldAndRoute()
    {
        var item = Letter("""
            { "ContentType": "Letter", "TitlePart": { "Title": "Hi" }, "AutoroutePart": { "Path": "" },
              "Letter": { "Recipient": { "Text": "M" } } }
            """);
        ContentItemValidator.Default.Validate(LetterDefinitions, item);

        var entries = ContentItemValidator.Default.BuildIndexEntries(LetterDefinitions, item);

        Assert.Equal("hi", entries.RoutePath);
        Assert.Equal(
            [new FieldValueIndexEntry(FieldValueKind.Text, "Letter", "Recipient", "M"),
             new FieldValueIndexEntry(FieldValueKind.Numeric, "Letter", "SignatoryCount", null)],
            entries.FieldValues);
    }

    [Fact]
    public void BuildIndexEntries_WeldedContainedPart_IsIndexed()
    {
        var definitions = Definitions("""{ "ContentTypeDefinitionRecords": [ { "Name": "BlogPost" } ] }""");
        var item = Letter("""{ "ContentType": "BlogPost", "ContainedPart": { "ListContentItemId": "blog1", "ListContentType": "Blog", "Order": 2 } }""");

        var entries = ContentItemValidator.Default.BuildIndexEntries(definitions, item);

        Assert.Equal(new ContainedIndexEntry("blog1", "Blog", 2), entries.Contained);
    }

    [Fact]
    public void Validate_TaxonomyTerms_GetTaxonomyIdAndAreValidated()
    {
        var definitions = Definitions("""
            { "ContentTypeDefinitionRecords": [
                { "Name": "Taxonomy", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "TaxonomyPart", "Name": "TaxonomyPart" } ] },
                { "Name": "Tag", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "TitlePartSettings": { "Options": "EditableRequired" } } } ] } ] }
            """);
        var item = Letter("""
            { "ContentItemId": "tax1", "ContentType": "Taxonomy", "TitlePart": { "Title": "Tags" },
              "TaxonomyPart": { "TermContentType": "Tag", "Terms": [
                { "ContentType": "Tag", "TitlePart": { "Title": "Earth" }, "Terms": [ { "ContentType": "Tag", "TitlePart": { "Title": "" } } ] } ] } }
            """);

        var errors = ContentItemValidator.Default.Validate(definitions, item).Errors;

        Assert.Equal(["/TaxonomyPart/Terms/0/Terms/0/TitlePart/Title"], errors.Select(e => e.Path));
        var term = item.GetPart("TaxonomyPart")!["Terms"]![0]!;
        Assert.Equal("Earth", term["DisplayText"]!.GetValue<string>());
        Assert.Equal("tax1", term["Terms"]![0]!["TermPart"]!["TaxonomyContentItemId"]!.GetValue<string>());
    }
}

using Cms.Core.Definitions;

namespace Cms.BrowserTests;

/// <summary>An Article type with one field of every kind, a Topics taxonomy and a Page, as a recipe would define them.</summary>
internal static class BrowserDefinitions
{
    public const string TopicsTaxonomyId = "4topics00000000000000000tx";

    public static ContentDefinitionDocument Create() => ContentDefinitionDocument.FromJson($$$"""
    {
      "ContentTypeDefinitionRecords": [
        { "Name": "Article", "DisplayName": "Article",
          "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true, "Securable": true } },
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
            { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "1" },
                "AutoroutePartSettings": { "AllowCustomPath": true, "Pattern": "articles/{{ ContentItem.DisplayText | slugify }}" } } },
            { "PartName": "Article", "Name": "Article", "Settings": { "ContentTypePartSettings": { "Position": "2" } } },
            { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": { "ContentTypePartSettings": { "Position": "3" } } }
          ] },
        { "Name": "Topics", "DisplayName": "Topics",
          "Settings": { "ContentTypeSettings": { "Creatable": false, "Listable": false } },
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "TaxonomyPart", "Name": "TaxonomyPart", "Settings": {} }
          ] },
        { "Name": "Topic", "DisplayName": "Topic",
          "Settings": { "ContentTypeSettings": { "Stereotype": "Term" } },
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "TermPart", "Name": "TermPart", "Settings": {} }
          ] }
      ],
      "ContentPartDefinitionRecords": [
        { "Name": "Article", "Settings": {},
          "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Subtitle", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Subtitle", "Position": "0" } } },
            { "FieldName": "TextField", "Name": "Summary", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Summary", "Editor": "TextArea", "Position": "1" } } },
            { "FieldName": "HtmlField", "Name": "Note", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Note", "Position": "2" } } },
            { "FieldName": "MarkdownField", "Name": "Remarks", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Remarks", "Position": "3" } } },
            { "FieldName": "NumericField", "Name": "Rank", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Rank", "Position": "4" },
                "NumericFieldSettings": { "Scale": 0, "Minimum": 1, "Maximum": 1000 } } },
            { "FieldName": "BooleanField", "Name": "Featured", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Featured", "Position": "5" } } },
            { "FieldName": "DateField", "Name": "SentDate", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Sent date", "Position": "6" } } },
            { "FieldName": "DateTimeField", "Name": "EventAt", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Event at", "Position": "7" } } },
            { "FieldName": "TimeField", "Name": "StartsAt", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Starts at", "Position": "8" } } },
            { "FieldName": "LinkField", "Name": "Website", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Website", "Position": "9" } } },
            { "FieldName": "ContentPickerField", "Name": "Related", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Related", "Position": "10" },
                "ContentPickerFieldSettings": { "Multiple": true, "DisplayedContentTypes": [ "Article" ] } } },
            { "FieldName": "MediaField", "Name": "Image", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Image", "Position": "11" },
                "MediaFieldSettings": { "Multiple": false } } },
            { "FieldName": "TaxonomyField", "Name": "Topics", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Topics", "Position": "12" },
                "TaxonomyFieldSettings": { "TaxonomyContentItemId": "{{{TopicsTaxonomyId}}}" } } }
          ] }
      ]
    }
    """);
}

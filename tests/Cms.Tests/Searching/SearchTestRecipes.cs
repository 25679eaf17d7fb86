namespace Cms.Tests.Searching;

/// <summary>A Report type holding every kind of searchable text, and a Topics taxonomy, for the search tests.</summary>
internal static class SearchTestRecipes
{
    public const string TopicsId = "4topics000000000000000000t";
    public const string ReprisalsTermId = "4term0000000000000000001rt";

    public const string Definitions = """
        {
          "name": "SearchDefinitions",
          "steps": [
            { "name": "ContentDefinition",
              "ContentTypes": [
                { "Name": "Report", "DisplayName": "Report",
                  "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Report", "Name": "Report" },
                    { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart" }, { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart" } ] },
                { "Name": "Brief", "DisplayName": "Brief",
                  "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] },
                { "Name": "Taxonomy", "DisplayName": "Taxonomy",
                  "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "TaxonomyPart", "Name": "TaxonomyPart" } ] },
                { "Name": "Topic", "DisplayName": "Topic", "Settings": {},
                  "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ],
              "ContentParts": [
                { "Name": "Report", "ContentPartFieldDefinitionRecords": [
                  { "FieldName": "TextField", "Name": "Summary" }, { "FieldName": "MarkdownField", "Name": "Notes" },
                  { "FieldName": "HtmlField", "Name": "Aside" },
                  { "FieldName": "TaxonomyField", "Name": "Topics", "Settings": { "TaxonomyFieldSettings": { "TaxonomyContentItemId": "4topics000000000000000000t" } } } ] } ] },
            { "name": "Content", "data": [
              { "ContentItemId": "4topics000000000000000000t", "ContentType": "Taxonomy", "DisplayText": "Topics", "Latest": true, "Published": true,
                "TitlePart": { "Title": "Topics" },
                "TaxonomyPart": { "TermContentType": "Topic", "Terms": [
                  { "ContentItemId": "4term0000000000000000001rt", "ContentType": "Topic", "DisplayText": "Retaliation", "TitlePart": { "Title": "Retaliation" } } ] } } ] }
          ]
        }
        """;
}

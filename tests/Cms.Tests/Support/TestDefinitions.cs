using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Tests.Support;

/// <summary>Small definition sets for tests, written as a recipe would write them.</summary>
public static class TestDefinitions
{
    /// <summary>Article (draftable, versionable, securable) with title, route and its own fields; Page (not versionable).</summary>
    public static ContentDefinitionDocument Articles() => ContentDefinitionDocument.FromJson("""
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
        { "Name": "Section", "DisplayName": "Section",
          "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
            { "PartName": "ListPart", "Name": "ListPart", "Settings": { "ListPartSettings": { "ContainedContentTypes": [ "Article" ] } } }
          ] },
        { "Name": "Page", "DisplayName": "Page",
          "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true } },
          "ContentTypePartDefinitionRecords": [
            { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} }
          ] }
      ],
      "ContentPartDefinitionRecords": [
        { "Name": "Article", "Settings": {},
          "ContentPartFieldDefinitionRecords": [
            { "FieldName": "TextField", "Name": "Subtitle", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Subtitle", "Position": "0" } } },
            { "FieldName": "NumericField", "Name": "Rank", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Rank", "Position": "1" },
                "NumericFieldSettings": { "Scale": 0, "Minimum": 1, "Maximum": 1000 } } },
            { "FieldName": "DateField", "Name": "SentDate", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Sent date", "Position": "2" } } },
            { "FieldName": "BooleanField", "Name": "Featured", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Featured", "Position": "3" } } },
            { "FieldName": "ContentPickerField", "Name": "Related", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Related", "Position": "4" },
                "ContentPickerFieldSettings": { "Multiple": true, "DisplayedContentTypes": [ "Article" ] } } },
            { "FieldName": "TaxonomyField", "Name": "Topics", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Topics", "Position": "5" },
                "TaxonomyFieldSettings": { "TaxonomyContentItemId": "4topics000000000000000000t" } } },
            { "FieldName": "DateTimeField", "Name": "Reviewed", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Reviewed", "Position": "6" } } },
            { "FieldName": "TimeField", "Name": "Slot", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Slot", "Position": "7" } } }
          ] }
      ]
    }
    """);

    /// <summary>An Article item JSON with a title and field values, ready to create.</summary>
    public static Cms.Core.ContentModel.ContentItem Article(string title, int rank = 1, string? subtitle = null, DateTime? sentDate = null)
    {
        var item = new Cms.Core.ContentModel.ContentItem { ContentType = "Article", DisplayText = title };
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        item.GetOrCreatePart("AutoroutePart");
        var part = item.GetOrCreatePart("Article");
        part["Subtitle"] = new JsonObject { ["Text"] = subtitle };
        part["Rank"] = new JsonObject { ["Value"] = rank };
        part["SentDate"] = new JsonObject { ["Value"] = sentDate?.ToString("yyyy-MM-ddT00:00:00", System.Globalization.CultureInfo.InvariantCulture) };
        part["Featured"] = new JsonObject { ["Value"] = rank % 2 == 0 };
        item.GetOrCreatePart("HtmlBodyPart")["Html"] = $"<p>{title}</p>";
        return item;
    }
}

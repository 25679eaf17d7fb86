namespace Cms.Tests.Support;

/// <summary>
/// A small multilingual site: cultures en (default), fr, es; letters in sets of translations (one path shared by a
/// set), a letter only in English, one only in French, a Spanish draft, and a page type without LocalizationPart.
/// </summary>
public static class LocalizedRecipe
{
    public const string WaterSet = "set0water00000000000000001";
    public const string WaterEn = "4water0en00000000000000001";
    public const string WaterFr = "4water0fr00000000000000001";
    public const string WaterEs = "4water0es00000000000000001";
    public const string SchoolsEn = "4schools0en000000000000001";
    public const string ForestsFr = "4forests0fr000000000000001";
    public const string AboutPage = "4about0page000000000000001";

    public const string Json = """
        {
          "name": "Localized",
          "steps": [
            { "name": "feature", "enable": [ "OrchardCore.Localization", "OrchardCore.ContentLocalization" ] },
            { "name": "Settings", "LocalizationSettings": { "DefaultCulture": "en", "SupportedCultures": [ "en", "fr", "es" ] } },
            { "name": "Roles", "Roles": [ { "Name": "Anonymous", "Permissions": [ "ViewContent", "AccessContentApi" ] } ] },
            { "name": "ContentDefinition",
              "ContentTypes": [
                { "Name": "Letter", "DisplayName": "Letter",
                  "Settings": { "ContentTypeSettings": { "Listable": true, "Creatable": true, "Draftable": true, "Versionable": true } },
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "TitlePart", "Name": "TitlePart" },
                    { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "AutoroutePartSettings": { "AllowCustomPath": true } } },
                    { "PartName": "LocalizationPart", "Name": "LocalizationPart" },
                    { "PartName": "Letter", "Name": "Letter" } ] },
                { "Name": "Page", "DisplayName": "Page",
                  "Settings": { "ContentTypeSettings": { "Listable": true, "Creatable": true } },
                  "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ],
              "ContentParts": [ { "Name": "Letter", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "ContentPickerField", "Name": "Related", "Settings": { "ContentPickerFieldSettings": { "Multiple": true } } } ] } ] },
            { "name": "Content", "data": [
              { "ContentItemId": "4water0en00000000000000001", "ContentItemVersionId": "4water0en0v000000000000001", "ContentType": "Letter",
                "DisplayText": "Water for all", "Latest": true, "Published": true, "CreatedUtc": "2024-01-01T00:00:00Z",
                "TitlePart": { "Title": "Water for all" }, "AutoroutePart": { "Path": "letters/water" },
                "LocalizationPart": { "LocalizationSet": "set0water00000000000000001", "Culture": "en" },
                "Letter": { "Related": { "ContentItemIds": [] } } },
              { "ContentItemId": "4water0fr00000000000000001", "ContentItemVersionId": "4water0fr0v000000000000001", "ContentType": "Letter",
                "DisplayText": "De l'eau pour tous", "Latest": true, "Published": true, "CreatedUtc": "2024-01-02T00:00:00Z",
                "TitlePart": { "Title": "De l'eau pour tous" }, "AutoroutePart": { "Path": "letters/water" },
                "LocalizationPart": { "LocalizationSet": "set0water00000000000000001", "Culture": "fr" },
                "Letter": { "Related": { "ContentItemIds": [] } } },
              { "ContentItemId": "4water0es00000000000000001", "ContentItemVersionId": "4water0es0v000000000000001", "ContentType": "Letter",
                "DisplayText": "Agua para todos", "Latest": true, "Published": false, "CreatedUtc": "2024-01-03T00:00:00Z",
                "TitlePart": { "Title": "Agua para todos" }, "AutoroutePart": { "Path": "letters/water" },
                "LocalizationPart": { "LocalizationSet": "set0water00000000000000001", "Culture": "es" },
                "Letter": { "Related": { "ContentItemIds": [] } } },
              { "ContentItemId": "4schools0en000000000000001", "ContentItemVersionId": "4schools0en0v0000000000001", "ContentType": "Letter",
                "DisplayText": "Open the schools", "Latest": true, "Published": true, "CreatedUtc": "2024-01-04T00:00:00Z",
                "TitlePart": { "Title": "Open the schools" }, "AutoroutePart": { "Path": "letters/schools" },
                "LocalizationPart": { "LocalizationSet": "set0schools000000000000001", "Culture": "en" },
                "Letter": { "Related": { "ContentItemIds": [ "4water0en00000000000000001" ] } } },
              { "ContentItemId": "4forests0fr000000000000001", "ContentItemVersionId": "4forests0fr0v0000000000001", "ContentType": "Letter",
                "DisplayText": "Sauver les forêts", "Latest": true, "Published": true, "CreatedUtc": "2024-01-05T00:00:00Z",
                "TitlePart": { "Title": "Sauver les forêts" }, "AutoroutePart": { "Path": "lettres/forets" },
                "LocalizationPart": { "LocalizationSet": "set0forests000000000000001", "Culture": "fr" },
                "Letter": { "Related": { "ContentItemIds": [] } } },
              { "ContentItemId": "4about0page000000000000001", "ContentItemVersionId": "4about0page0v0000000000001", "ContentType": "Page",
                "DisplayText": "About us", "Latest": true, "Published": true, "CreatedUtc": "2024-01-06T00:00:00Z",
                "TitlePart": { "Title": "About us" } } ] }
          ]
        }
        """;
}

namespace Cms.Tests.Support;

/// <summary>Small recipes written for tests (Orchard's own recipes are read from ../shared).</summary>
public static class TestRecipes
{
    /// <summary>A setup recipe: a Note type, one item owned by the admin, a role, settings.</summary>
    public const string Setup = """
        {
          "name": "TestSetup",
          "issetuprecipe": true,
          "variables": { "noteId": "[js: uuid()]" },
          "steps": [
            { "name": "Settings", "SiteName": "[js: parameters('SiteName') + ' (tests)']", "TimeZoneId": "Europe/Zurich" },
            { "name": "Roles", "Roles": [ { "Name": "Editor", "Permissions": [] },
                                         { "Name": "Anonymous", "Permissions": [ "ViewContent", "AccessContentApi" ] } ] },
            { "name": "ContentDefinition",
              "ContentTypes": [ { "Name": "Note", "DisplayName": "Note",
                "Settings": { "ContentTypeSettings": { "Listable": true, "Creatable": true, "Draftable": true, "Versionable": true } },
                "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Note", "Name": "Note" } ] } ],
              "ContentParts": [ { "Name": "Note", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Body" } ] } ] },
            { "name": "Content", "data": [ { "ContentItemId": "[js: variables('noteId')]", "ContentType": "Note", "DisplayText": "Welcome",
              "Latest": true, "Published": true, "Owner": "[js: parameters('AdminUserId')]", "Author": "[js: parameters('AdminUsername')]",
              "TitlePart": { "Title": "Welcome" }, "Note": { "Body": { "Text": "[js: 'Hello from ' + parameters('AdminEmail')]" } } } ] }
          ]
        }
        """;

    /// <summary>Writes a recipe into a folder and returns its path.</summary>
    public static string WriteTo(string folder, string json, string fileName = "test.recipe.json")
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, json);
        return path;
    }
}

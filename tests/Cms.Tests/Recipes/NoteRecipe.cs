using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Cms.Tests.Recipes;

/// <summary>
/// Recipes of many small Notes with fixed ids and dates: titles repeat (so generated paths collide and get
/// suffixes), every third item gives its own path, every tenth is a draft, bodies hold script to sanitise.
/// </summary>
internal static class NoteRecipe
{
    public const string Definitions = """
        { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "Note", "DisplayName": "Note", "Settings": { "ContentTypeSettings": { "Listable": true, "Draftable": true } },
            "ContentTypePartDefinitionRecords": [
              { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
              { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "1" },
                  "AutoroutePartSettings": { "AllowCustomPath": true, "Pattern": "notes/{{ ContentItem.DisplayText | slugify }}" } } },
              { "PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": { "ContentTypePartSettings": { "Position": "2" } } },
              { "PartName": "Note", "Name": "Note", "Settings": { "ContentTypePartSettings": { "Position": "3" } } } ] } ],
          "ContentParts": [ { "Name": "Note", "ContentPartFieldDefinitionRecords": [
            { "FieldName": "NumericField", "Name": "Count" }, { "FieldName": "TextField", "Name": "Label" } ] } ] }
        """;

    /// <summary>A recipe of the definitions and one Content step, one item per line.</summary>
    public static string Recipe(int count, Func<int, JsonObject, JsonObject>? change = null) =>
        Recipe(Enumerable.Range(0, count).Select(i => (change ?? ((_, item) => item))(i, Item(i)).ToJsonString()));

    public static string Recipe(IEnumerable<string> itemLines)
    {
        var text = new StringBuilder("{ \"name\": \"Notes\", \"steps\": [\n").Append(Definitions).Append(",\n{ \"name\": \"Content\", \"data\": [\n");
        text.AppendJoin(",\n", itemLines);
        return text.Append("\n] } ] }\n").ToString();
    }

    public static JsonObject Item(int i)
    {
        var title = $"Note {i % 700}";
        return new JsonObject
        {
            ["ContentItemId"] = $"n{i.ToString("D25", CultureInfo.InvariantCulture)}",
            ["ContentItemVersionId"] = $"v{i.ToString("D25", CultureInfo.InvariantCulture)}",
            ["ContentType"] = "Note",
            ["DisplayText"] = title,
            ["Latest"] = true,
            ["Published"] = i % 10 != 0,
            ["CreatedUtc"] = "2024-01-02T03:04:05Z",
            ["ModifiedUtc"] = "2024-01-02T03:04:05Z",
            ["Owner"] = "4admin0000000000000000000a",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["AutoroutePart"] = new JsonObject { ["Path"] = i % 3 == 0 ? $"given/{i}" : "" },
            ["HtmlBodyPart"] = new JsonObject { ["Html"] = $"<p onclick=\"x()\">Body {i}</p><script>alert({i})</script>" },
            ["Note"] = new JsonObject { ["Count"] = new JsonObject { ["Value"] = i }, ["Label"] = new JsonObject { ["Text"] = $"label {i % 7}" } },
        };
    }
}

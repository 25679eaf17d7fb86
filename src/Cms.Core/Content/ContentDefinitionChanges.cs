using Cms.Core.Definitions;

namespace Cms.Core.Content;

/// <summary>Which types' index rows a definition change affects (its own definition or a part it uses changed).</summary>
internal static class ContentDefinitionChanges
{
    public static IReadOnlyList<string> TypesToReindex(ContentDefinitionDocument before, ContentDefinitionDocument after)
    {
        var changed = new List<string>();
        foreach (var type in after.Types)
        {
            var previous = before.FindType(type.Name);
            if (previous is null)
            {
                continue;
            }

            if (Json(previous) != Json(type) ||
                type.Parts.Any(part => Json(before.FindPart(part.PartName)) != Json(after.FindPart(part.PartName))))
            {
                changed.Add(type.Name);
            }
        }

        return changed;
    }

    private static string Json<T>(T? value) => value is null ? "" : System.Text.Json.JsonSerializer.Serialize(value, ContentDefinitionDocument.JsonOptions);
}

using System.Text.Json.Nodes;

namespace Cms.Core.Recipes;

/// <summary>
/// Turns an export into a setup recipe. By default ids, versions and dates stay, so the new site is a twin; owner and
/// author name the new site's administrator unless the users come along. With fresh ids, every content item id, at any
/// depth, becomes a variable made with uuid(), and every string in any step that equals such an id names the variable
/// instead: pickers, taxonomy fields and their settings, terms, bag items, list containers, a home route alike.
/// </summary>
internal static class RecipeExportIds
{
    private static readonly string[] VersionKeys = ["ContentItemVersionId", "CreatedUtc", "ModifiedUtc", "PublishedUtc"];

    public static void PrepareForSetup(JsonObject recipe, JsonArray steps, RecipeExportOptions options)
    {
        var items = steps.OfType<JsonObject>()
            .Where(s => s["name"]?.GetValue<string>() == "Content")
            .SelectMany(s => s["data"]!.AsArray().OfType<JsonObject>())
            .ToList();
        foreach (var item in items)
        {
            if (!options.Users)
            {
                // The owner would name a user the new site does not have.
                item["Owner"] = "[js: parameters('AdminUserId')]";
                item["Author"] = "[js: parameters('AdminUsername')]";
            }

            if (options.FreshIds)
            {
                foreach (var key in VersionKeys)
                {
                    item.Remove(key);
                }
            }
        }

        if (options.FreshIds)
        {
            var names = VariableNames(items);
            var variables = new JsonObject();
            foreach (var name in names.Values)
            {
                variables[name] = "[js: uuid()]";
            }

            // Before steps: Orchard's scripts see only the variables written ahead of them.
            recipe["variables"] = variables;
            Replace(steps, names);
        }
    }

    /// <summary>A variable name per content item id found in the content, top-level items first, in order.</summary>
    private static Dictionary<string, string> VariableNames(IReadOnlyList<JsonObject> items)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string id) => names.TryAdd(id, $"contentItemId{names.Count + 1}");

        foreach (var item in items)
        {
            if (item["ContentItemId"] is JsonValue value && value.TryGetValue<string>(out var id))
            {
                Add(id);
            }
        }

        foreach (var item in items)
        {
            foreach (var nested in NestedIds(item))
            {
                Add(nested);
            }
        }

        return names;
    }

    private static IEnumerable<string> NestedIds(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p =>
            p.Key == "ContentItemId" && p.Value is JsonValue value && value.TryGetValue<string>(out var id) ? [id] : NestedIds(p.Value)),
        JsonArray array => array.SelectMany(NestedIds),
        _ => [],
    };

    private static void Replace(JsonNode node, Dictionary<string, string> names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (Renamed(obj[key], names) is { } renamed)
                    {
                        obj[key] = renamed;
                    }
                    else if (obj[key] is { } child)
                    {
                        Replace(child, names);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Renamed(array[i], names) is { } renamed)
                    {
                        array[i] = renamed;
                    }
                    else if (array[i] is { } child)
                    {
                        Replace(child, names);
                    }
                }

                break;
        }
    }

    private static string? Renamed(JsonNode? node, Dictionary<string, string> names) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && names.TryGetValue(text, out var name)
            ? $"[js: variables('{name}')]"
            : null;
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Media.Resizing;
using Cms.Core.Querying;
using Cms.Core.Security;
using Cms.Core.Settings;
using Cms.Core.Storage;

namespace Cms.Core.Recipes;

/// <summary>
/// Writes the site as a recipe that this product or Orchard Core can import: ContentDefinition, Roles,
/// Settings, MediaProfiles (with the settings, when there are any) and Content steps. Content holds each item's published version and its draft, published
/// first, so an import rebuilds both. As a setup recipe, ids become variables made with uuid() on import,
/// and every reference to an item points at its variable, so lists, pickers and taxonomies stay linked.
/// </summary>
public static class RecipeExporter
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static async Task<JsonObject> ExportAsync(SqlSession session, RecipeExportOptions options, DateTime exportUtc,
        CancellationToken cancellationToken)
    {
        var definitions = (await ContentDefinitionStore.LoadAsync(session, cancellationToken)).Document;
        var types = options.Types.Count > 0 ? options.Types : definitions.Types.Select(t => t.Name).ToList();
        var steps = new JsonArray();
        var recipe = new JsonObject
        {
            ["name"] = options.AsSetup ? "ExportedSetup" : "Export",
            ["displayName"] = options.AsSetup ? "Exported setup" : "Export",
            ["description"] = "Exported site content.",
            ["author"] = "",
            ["website"] = "",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = options.AsSetup,
            ["exportUtc"] = DbValues.FromDate(exportUtc),
            ["categories"] = new JsonArray(),
            ["tags"] = new JsonArray(),
        };

        if (options.Everything || options.Definitions)
        {
            steps.Add(DefinitionStep(definitions, types));
        }

        if (options.Everything || options.Roles)
        {
            var roles = await SecurityStore.LoadRolesAsync(session, cancellationToken);
            steps.Add(new JsonObject
            {
                ["name"] = "Roles",
                // Administrator holds every permission implicitly; its list is not part of what a site defines.
                ["Roles"] = JsonSerializer.SerializeToNode(roles.OrderBy(r => r.Name, StringComparer.Ordinal)
                    .Select(r => new
                    {
                        r.Name,
                        r.Description,
                        Permissions = SystemRoles.NameComparer.Equals(r.Name, SystemRoles.Administrator)
                            ? []
                            : r.Permissions.Order(StringComparer.Ordinal).ToList(),
                    }), JsonOptions),
            });
        }

        if ((options.Everything || options.Settings) && await SiteSettings.LoadAsync(session, cancellationToken) is { } settings)
        {
            steps.Add(SettingsStep(settings));
        }

        if ((options.Everything || options.Settings) && await MediaProfilesDocument.LoadAsync(session, cancellationToken) is { MediaProfiles.Count: > 0 } profiles)
        {
            steps.Add(MediaProfilesStep(profiles));
        }

        if (options.Everything || options.Content)
        {
            var items = await session.QueryAsync(new ContentQuery
            {
                ContentTypes = types,
                Status = ContentStatus.All,
                OrderBy = [new ContentOrder(ContentColumn.Metadata("CreatedUtc")), new ContentOrder(ContentColumn.Metadata("ContentItemId"))],
            }, cancellationToken);
            var ordered = items.OrderBy(i => i.CreatedUtc).ThenBy(i => i.ContentItemId, StringComparer.Ordinal).ThenBy(i => i.Published ? 0 : 1).ToList();
            var data = new JsonArray(ordered.Select(i => (JsonNode)ContentItemJson.ToJsonObject(i)).ToArray());
            if (options.AsSetup)
            {
                recipe["variables"] = AsSetup(data, ordered);
            }

            steps.Add(new JsonObject { ["name"] = "Content", ["data"] = data });
            if (options.Types.Count == 0 && !options.AsSetup && await DeletedTypeContentStep.CreateAsync(session, definitions, cancellationToken) is { } deleted)
            {
                steps.Add(deleted);
            }
        }

        recipe["steps"] = steps;
        return recipe;
    }

    private static JsonObject DefinitionStep(ContentDefinitionDocument definitions, IReadOnlyList<string> typeNames)
    {
        var types = definitions.Types.Where(t => typeNames.Contains(t.Name, StringComparer.Ordinal)).ToList();
        var partNames = types.SelectMany(t => t.Parts.Select(p => p.PartName)).ToHashSet(StringComparer.Ordinal);
        var parts = definitions.Parts.Where(p => partNames.Contains(p.Name)).ToList();
        return new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = JsonSerializer.SerializeToNode(types, ContentDefinitionDocument.JsonOptions),
            ["ContentParts"] = JsonSerializer.SerializeToNode(parts, ContentDefinitionDocument.JsonOptions),
        };
    }

    /// <summary>Orchard's shape: Mode and Format as numbers.</summary>
    private static JsonObject MediaProfilesStep(MediaProfilesDocument document)
    {
        var profiles = new JsonObject();
        foreach (var (name, profile) in document.MediaProfiles.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            profiles[name] = new JsonObject
            {
                ["Hint"] = profile.Hint, ["Width"] = profile.Width, ["Height"] = profile.Height, ["Mode"] = (int)profile.Mode,
                ["Format"] = (int)profile.Format, ["Quality"] = profile.Quality, ["BackgroundColor"] = profile.BackgroundColor,
            };
        }

        return new JsonObject { ["name"] = "MediaProfiles", ["MediaProfiles"] = profiles };
    }

    private static JsonObject SettingsStep(SiteSettings settings)
    {
        var step = new JsonObject { ["name"] = "Settings" };
        var json = (JsonObject)JsonNode.Parse(settings.ToJson())!;
        foreach (var key in new[] { "SiteName", "BaseUrl", "TimeZoneId", "Calendar", "PageTitleFormat", "PageSize", "MaxPageSize", "MaxPagedCount", "HomeRoute" })
        {
            if (json[key] is { } value)
            {
                step[key] = value.DeepClone();
            }
        }

        foreach (var (key, value) in settings.Properties)
        {
            step[key] = value?.DeepClone();
        }

        return step;
    }

    /// <summary>Replaces ids with variables, owner and author with parameters, and drops version ids and dates.</summary>
    private static JsonObject AsSetup(JsonArray data, IReadOnlyList<ContentItem> items)
    {
        var variables = new JsonObject();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in items.Select(i => i.ContentItemId).Distinct(StringComparer.Ordinal))
        {
            var name = $"contentItemId{names.Count + 1}";
            names[id] = name;
            variables[name] = "[js: uuid()]";
        }

        foreach (var node in data)
        {
            var item = (JsonObject)node!;
            foreach (var key in new[] { "ContentItemVersionId", "CreatedUtc", "ModifiedUtc", "PublishedUtc" })
            {
                item.Remove(key);
            }

            item["Owner"] = "[js: parameters('AdminUserId')]";
            item["Author"] = "[js: parameters('AdminUsername')]";
            ReplaceIds(item, names);
        }

        return variables;
    }

    private static void ReplaceIds(JsonNode node, Dictionary<string, string> names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is JsonValue value && value.TryGetValue<string>(out var text) && names.TryGetValue(text, out var name))
                    {
                        obj[key] = $"[js: variables('{name}')]";
                    }
                    else if (obj[key] is { } child)
                    {
                        ReplaceIds(child, names);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text) && names.TryGetValue(text, out var name))
                    {
                        array[i] = $"[js: variables('{name}')]";
                    }
                    else if (array[i] is { } child)
                    {
                        ReplaceIds(child, names);
                    }
                }

                break;
        }
    }
}

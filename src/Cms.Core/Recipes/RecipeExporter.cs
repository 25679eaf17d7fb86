using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Media;
using Cms.Core.Media.Resizing;
using Cms.Core.Querying;
using Cms.Core.Security;
using Cms.Core.Settings;
using Cms.Core.Storage;

namespace Cms.Core.Recipes;

/// <summary>
/// Writes the site as a recipe that this product or Orchard Core can import: ContentDefinition, Roles, Users (when
/// asked), Settings, MediaProfiles (when there are any), media and Content steps. Content holds each item's published
/// version and its draft, published first, so an import rebuilds both. A setup export builds a twin of the site (see
/// <see cref="RecipeExportOptions.AsSetup"/>), or with fresh ids a copy whose every reference follows its new ids.
/// </summary>
public static class RecipeExporter
{
    /// <summary>The folder beside an exported recipe that holds its media files, when they are not written as Base64.</summary>
    public const string MediaFolder = "media";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>An export without media (asking for media, or a setup export that includes it by default, is refused).</summary>
    public static Task<JsonObject> ExportAsync(SqlSession session, RecipeExportOptions options, DateTime exportUtc,
        CancellationToken cancellationToken) =>
        ExportAsync(session, null, options, exportUtc, cancellationToken);

    public static async Task<JsonObject> ExportAsync(SqlSession session, MediaStore? media, RecipeExportOptions options, DateTime exportUtc,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IncludesMedia && media is null)
        {
            throw new ArgumentException("Exporting media needs the media store.", nameof(media));
        }

        if (options.FreshIds && !options.AsSetup)
        {
            throw new ArgumentException("Fresh ids are for a setup export.", nameof(options));
        }

        var definitions = (await ContentDefinitionStore.LoadAsync(session, cancellationToken)).Document;
        var steps = new JsonArray();
        var recipe = Header(options, exportUtc);
        if (options.Everything || options.Definitions)
        {
            steps.Add(DefinitionStep(definitions, options.Types));
        }

        if (options.Everything || options.Roles)
        {
            steps.Add(RolesStep(await SecurityStore.LoadRolesAsync(session, cancellationToken)));
        }

        if (options.Users)
        {
            steps.Add(UsersStep(await SecurityStore.ListUsersAsync(session, cancellationToken)));
        }

        if ((options.Everything || options.Settings) && await SiteSettings.LoadAsync(session, cancellationToken) is { } settings)
        {
            steps.Add(SettingsStep(settings));
            if (ThemesStep(settings) is { } themes)
            {
                steps.Add(themes);
            }
        }

        if ((options.Everything || options.Settings) && await MediaProfilesDocument.LoadAsync(session, cancellationToken) is { MediaProfiles.Count: > 0 } profiles)
        {
            steps.Add(MediaProfilesStep(profiles));
        }

        if (options.IncludesMedia)
        {
            steps.Add(await RecipeExportMedia.StepAsync(media!, options.MediaBesideRecipe, cancellationToken));
        }

        if (options.Everything || options.Content)
        {
            var types = options.Types.Count > 0 ? options.Types : definitions.Types.Select(t => t.Name).ToList();
            steps.Add(new JsonObject { ["name"] = "Content", ["data"] = await ContentDataAsync(session, types, cancellationToken) });
            if (options.Types.Count == 0 && !options.AsSetup && await DeletedTypeContentStep.CreateAsync(session, definitions, cancellationToken) is { } deleted)
            {
                steps.Add(deleted);
            }
        }

        if (options.AsSetup)
        {
            RecipeExportIds.PrepareForSetup(recipe, steps, options);
        }

        recipe["steps"] = steps;
        return recipe;
    }

    private static JsonObject Header(RecipeExportOptions options, DateTime exportUtc) => new()
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

    private static async Task<JsonArray> ContentDataAsync(SqlSession session, IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        var items = await session.QueryAsync(new ContentQuery
        {
            ContentTypes = types,
            Status = ContentStatus.All,
            OrderBy = [new ContentOrder(ContentColumn.Metadata("CreatedUtc")), new ContentOrder(ContentColumn.Metadata("ContentItemId"))],
        }, cancellationToken);
        var ordered = items.OrderBy(i => i.CreatedUtc).ThenBy(i => i.ContentItemId, StringComparer.Ordinal).ThenBy(i => i.Published ? 0 : 1);
        return new JsonArray(ordered.Select(i => (JsonNode)ContentItemJson.ToJsonObject(i)).ToArray());
    }

    /// <summary>Every type asked for; every part definition when no types were named (a part no type uses is still the site's).</summary>
    private static JsonObject DefinitionStep(ContentDefinitionDocument definitions, IReadOnlyList<string> typeNames)
    {
        var types = typeNames.Count == 0
            ? definitions.Types.ToList()
            : definitions.Types.Where(t => typeNames.Contains(t.Name, StringComparer.Ordinal)).ToList();
        var partNames = types.SelectMany(t => t.Parts.Select(p => p.PartName)).ToHashSet(StringComparer.Ordinal);
        var parts = typeNames.Count == 0 ? definitions.Parts.ToList() : definitions.Parts.Where(p => partNames.Contains(p.Name)).ToList();
        return new JsonObject
        {
            ["name"] = "ContentDefinition",
            ["ContentTypes"] = JsonSerializer.SerializeToNode(types, ContentDefinitionDocument.JsonOptions),
            ["ContentParts"] = JsonSerializer.SerializeToNode(parts, ContentDefinitionDocument.JsonOptions),
        };
    }

    private static JsonObject RolesStep(IReadOnlyList<RoleRecord> roles) => new()
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
    };

    /// <summary>Orchard's Users step: the stored records are already in its shape, password hashes included.</summary>
    private static JsonObject UsersStep(IReadOnlyList<UserRecord> users) => new()
    {
        ["name"] = "Users",
        ["Users"] = JsonSerializer.SerializeToNode(users.OrderBy(u => u.UserName, StringComparer.Ordinal).ToList()),
    };

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

    /// <summary>Orchard's <c>Themes</c> step with the recorded theme ids, so an import keeps them; null when none is set.</summary>
    private static JsonObject? ThemesStep(SiteSettings settings) =>
        string.IsNullOrEmpty(settings.SiteTheme) && string.IsNullOrEmpty(settings.AdminTheme)
            ? null
            : new JsonObject { ["name"] = "Themes", ["Site"] = settings.SiteTheme ?? "", ["Admin"] = settings.AdminTheme ?? "" };

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
}

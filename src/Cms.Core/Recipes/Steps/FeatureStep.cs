using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Core.Recipes.Steps;

/// <summary>
/// <c>feature</c>: records enabled features. Ids this product implements are enabled; the others are
/// reported by name (Orchard ignores them silently), and disabling is recorded too.
/// </summary>
internal sealed class FeatureStep : IRecipeStep
{
    /// <summary>Orchard feature ids whose behaviour this product provides.</summary>
    public static IReadOnlySet<string> Implemented { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "OrchardCore.Admin", "OrchardCore.Alias", "OrchardCore.Apis.GraphQL", "OrchardCore.Autoroute", "OrchardCore.ContentFields",
        "OrchardCore.ContentLocalization", "OrchardCore.ContentManagement", "OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.CustomSettings",
        "OrchardCore.Deployment", "OrchardCore.Features", "OrchardCore.Flows", "OrchardCore.Html", "OrchardCore.Liquid",
        "OrchardCore.Lists", "OrchardCore.Localization", "OrchardCore.Markdown", "OrchardCore.Media", "OrchardCore.Menu", "OrchardCore.Navigation", "OrchardCore.Recipes",
        "OrchardCore.PublishLater", "OrchardCore.ArchiveLater",
        "OrchardCore.Resources", "OrchardCore.Roles", "OrchardCore.Scripting", "OrchardCore.Settings", "OrchardCore.Taxonomies",
        "OrchardCore.Themes", "OrchardCore.Title", "OrchardCore.Users", "OrchardCore.Contents.FileContentDefinition",
        "TheAdmin", "SafeMode",
    };

    public string Name => "feature";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var settings = context.RequireSite().Settings;
        var enable = Ids(context.Step, "enable");
        var disable = Ids(context.Step, "disable");
        settings.EnabledFeatures.RemoveAll(id => disable.Contains(id, StringComparer.OrdinalIgnoreCase));
        var unknown = new List<string>();
        foreach (var id in enable)
        {
            if (!Implemented.Contains(id))
            {
                unknown.Add(id);
            }
            else if (!settings.EnabledFeatures.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                settings.EnabledFeatures.Add(id);
            }

            if (Implemented.Contains(id))
            {
                context.AddCount("types", FeatureDefinitions.AddMissingTypes(id, context.Definitions));
            }
        }

        context.AddCount("enabled", enable.Count - unknown.Count);
        if (unknown.Count > 0)
        {
            context.AddMessage($"Not available here, so not enabled: {string.Join(", ", unknown)}.");
        }

        return Task.CompletedTask;
    }

    private static List<string> Ids(JsonObject step, string key) =>
        SettingsReader.Find(step, key) is JsonArray array ? array.Select(SettingsReader.AsString).OfType<string>().ToList() : [];
}

using Cms.Core.Definitions;

namespace Cms.Core.Recipes.Steps;

/// <summary><c>themes</c>: records the site and admin theme ids (empty keeps the current one).</summary>
internal sealed class ThemesStep : IRecipeStep
{
    public string Name => "themes";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var settings = context.RequireSite().Settings;
        if (SettingsReader.AsString(SettingsReader.Find(context.Step, "site")) is { Length: > 0 } site)
        {
            settings.SiteTheme = site;
        }

        if (SettingsReader.AsString(SettingsReader.Find(context.Step, "admin")) is { Length: > 0 } admin)
        {
            settings.AdminTheme = admin;
        }

        return Task.CompletedTask;
    }
}

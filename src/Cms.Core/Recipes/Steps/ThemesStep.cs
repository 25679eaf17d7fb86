using Cms.Core.Definitions;

namespace Cms.Core.Recipes.Steps;

/// <summary>
/// <c>themes</c>: records the site and admin theme ids (empty keeps the current one), which exports write back. This
/// headless CMS renders neither theme, and the report says so rather than claiming an effect it does not have.
/// </summary>
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

        context.AddMessage(
            $"Themes recorded (site '{settings.SiteTheme ?? ""}', admin '{settings.AdminTheme ?? ""}') and exported back; this headless CMS " +
            "renders neither: front ends bring their own look, and the admin keeps its own.");
        return Task.CompletedTask;
    }
}

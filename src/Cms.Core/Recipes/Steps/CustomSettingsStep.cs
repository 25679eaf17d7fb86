namespace Cms.Core.Recipes.Steps;

/// <summary><c>custom-settings</c>: each key (a custom settings type) is stored as a site property.</summary>
internal sealed class CustomSettingsStep : IRecipeStep
{
    public string Name => "custom-settings";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var settings = context.RequireSite().Settings;
        var count = 0;
        foreach (var (key, value) in context.Step)
        {
            if (!string.Equals(key, "name", StringComparison.OrdinalIgnoreCase))
            {
                settings.Properties[key] = value?.DeepClone();
                count++;
            }
        }

        context.AddCount("custom settings", count);
        return Task.CompletedTask;
    }
}

using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Core.Recipes.Steps;

/// <summary><c>Recipes</c>: runs other recipes, found by their <c>name</c>, right after this step.</summary>
internal sealed class RecipesStep : IRecipeStep
{
    public string Name => "Recipes";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = context.RequireSite();
        if (SettingsReader.Find(context.Step, "Values") is not JsonArray values)
        {
            throw new RecipeStepException("The Recipes step needs a 'Values' array of { name }.", "Values");
        }

        for (var i = 0; i < values.Count; i++)
        {
            var name = values[i] is JsonObject value ? SettingsReader.AsString(SettingsReader.Find(value, "name")) : null;
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeStepException("Each entry needs the 'name' of a recipe.", $"Values[{i}].name");
            }

            var recipe = site.FindRecipe(name) ?? throw new RecipeStepException($"No recipe named '{name}' was found.", $"Values[{i}].name");
            context.QueueInnerRecipe(recipe);
        }

        context.AddCount("recipes", values.Count);
        return Task.CompletedTask;
    }
}

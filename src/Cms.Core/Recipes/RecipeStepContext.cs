using System.Text.Json.Nodes;
using Cms.Core.Definitions;

namespace Cms.Core.Recipes;

/// <summary>Everything a step handler works with: its evaluated payload, where it is, and the run's working state.</summary>
public sealed class RecipeStepContext
{
    private readonly RecipeStepResult result;
    private readonly List<RecipeDescriptor> innerRecipes = [];

    internal RecipeStepContext(
        RecipeDescriptor recipe, RecipeStepDescriptor step, JsonObject evaluatedStep, RecipeEnvironment environment,
        ContentDefinitionDocument definitions, RecipeStepResult result)
    {
        Recipe = recipe;
        Index = step.Index;
        Name = step.Name;
        JsonPath = step.JsonPath;
        Step = evaluatedStep;
        Environment = environment;
        Definitions = definitions;
        this.result = result;
    }

    public RecipeDescriptor Recipe { get; }

    /// <summary>0-based index of the step in its recipe.</summary>
    public int Index { get; }

    /// <summary>The step's <c>name</c> as written in the recipe.</summary>
    public string Name { get; }

    /// <summary><c>$.steps[i]</c>: prefix of the paths in this step's errors.</summary>
    public string JsonPath { get; }

    /// <summary>The step object with every scripted value already evaluated (a copy; editing it changes nothing else).</summary>
    public JsonObject Step { get; }

    /// <summary>The folder media <c>SourcePath</c>s and inner recipes are relative to; null for a recipe read from a string.</summary>
    public string? RecipeFolder => Recipe.BasePath;

    public RecipeEnvironment Environment { get; }

    /// <summary>The run's working copy of the content definitions; the caller persists it when the run succeeds.</summary>
    public ContentDefinitionDocument Definitions { get; }

    /// <summary>The site the recipe changes (one transaction for the whole run); null when only definitions are evaluated.</summary>
    public RecipeSite? Site { get; init; }

    /// <summary>The site, for steps that write to the store; a clear failure when the run has none.</summary>
    public RecipeSite RequireSite() =>
        Site ?? throw new RecipeStepException($"The '{Name}' step needs a site to write to; this run only evaluates definitions.");

    /// <summary>Adds to a count shown in the report, e.g. <c>AddCount("items", 12)</c>.</summary>
    public void AddCount(string label, int count) => result.AddCount(label, count);

    public void AddMessage(string message) => result.AddMessage(message);

    /// <summary>Queues a recipe to run right after this step (Orchard's <c>Recipes</c> step): own variables, same environment.</summary>
    public void QueueInnerRecipe(RecipeDescriptor recipe) => innerRecipes.Add(recipe);

    internal IReadOnlyList<RecipeDescriptor> InnerRecipes => innerRecipes;
}

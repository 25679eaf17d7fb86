using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.Definitions;
using Cms.Core.Recipes.Scripting;

namespace Cms.Core.Recipes;

/// <summary>Everything a step handler works with: its evaluated payload, where it is, and the run's working state.</summary>
public sealed class RecipeStepContext
{
    private readonly RecipeStepResult result;
    private readonly List<RecipeDescriptor> innerRecipes = [];

    private readonly RecipeDataArray? streamedData;
    private readonly RecipeScriptScope? scope;
    private JsonObject evaluatedStep;
    private bool dataEvaluated;

    internal RecipeStepContext(
        RecipeDescriptor recipe, RecipeStepDescriptor step, JsonObject evaluatedStep, RecipeEnvironment environment,
        ContentDefinitionDocument definitions, RecipeStepResult result, RecipeScriptScope? scope = null)
    {
        Recipe = recipe;
        Index = step.Index;
        Name = step.Name;
        JsonPath = step.JsonPath;
        this.evaluatedStep = evaluatedStep;
        streamedData = step.StreamedData;
        dataEvaluated = streamedData is null;
        this.scope = scope;
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

    /// <summary>
    /// The step object with every scripted value evaluated (a copy; editing it changes nothing else). A streamed
    /// <c>data</c> array is read and evaluated whole the first time this is asked for; <see cref="ReadDataItems"/> does not.
    /// </summary>
    public JsonObject Step
    {
        get
        {
            if (!dataEvaluated)
            {
                var data = streamedData!.ReadAll();
                RecipeValueEvaluator.EvaluateInPlace(data, RecipeJsonPath.Property(JsonPath, "data"), scope!);
                evaluatedStep["data"] = data;
                dataEvaluated = true;
            }

            return evaluatedStep;
        }
    }

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

    /// <summary>Lists the import's conflicts and unknown owners in the step's report.</summary>
    public void ReportContentImport(IReadOnlyList<ContentImportConflict> conflicts, IReadOnlyList<ContentUnknownOwner> unknownOwners)
    {
        result.Conflicts = conflicts.Count > 0 ? [.. conflicts] : null;
        result.UnknownOwners = unknownOwners.Count > 0 ? [.. unknownOwners] : null;
    }

    /// <summary>Queues a recipe to run right after this step (Orchard's <c>Recipes</c> step): own variables, same environment.</summary>
    public void QueueInnerRecipe(RecipeDescriptor recipe) => innerRecipes.Add(recipe);

    internal IReadOnlyList<RecipeDescriptor> InnerRecipes => innerRecipes;

    /// <summary>
    /// The step's <c>data</c> array item by item, scripted values evaluated: read from the recipe's source one item
    /// at a time when the array is streamed, else taken from <see cref="Step"/>. Null when there is no such array.
    /// </summary>
    internal RecipeDataItems? ReadDataItems()
    {
        if (!dataEvaluated)
        {
            return new RecipeDataItems(streamedData!.Count, streamedData.FirstNonObject, EvaluateStreamed(streamedData), Fresh: true);
        }

        if (SettingsReader.Find(Step, "data") is not JsonArray data)
        {
            return null;
        }

        var firstNonObject = data.Select((node, index) => node is JsonObject ? -1 : index).FirstOrDefault(i => i >= 0, -1);
        return new RecipeDataItems(data.Count, firstNonObject, data.Select(node => node as JsonObject), Fresh: false);
    }

    private IEnumerable<JsonObject?> EvaluateStreamed(RecipeDataArray data)
    {
        var path = RecipeJsonPath.Property(JsonPath, "data");
        var index = 0;
        foreach (var (item, mayHoldScripts) in data.ReadItems())
        {
            // Most items have no string that could be a script; walking them would find nothing to change.
            if (item is not null && mayHoldScripts)
            {
                RecipeValueEvaluator.EvaluateInPlace(item, RecipeJsonPath.Index(path, index), scope!);
            }

            index++;
            yield return item as JsonObject;
        }
    }
}

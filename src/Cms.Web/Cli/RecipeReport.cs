using System.Text.Json.Nodes;
using Cms.Core.Recipes;

namespace Cms.Web.Cli;

/// <summary>A recipe run's report: for people one line per step, numbered from 1 like every message; for scripts, JSON.</summary>
internal static class RecipeReport
{
    public static void Write(RecipeResult result, TextWriter output, string indent = "  ")
    {
        foreach (var step in result.Steps)
        {
            var summary = step.Summary is { Length: > 0 } s ? "  " + s : "";
            var label = RecipeStepNumber.Describe(step.Index, step.Name);
            output.WriteLine($"{indent}{label,-34} {step.Outcome.ToString().ToLowerInvariant(),-9}{summary}  ({step.Duration.TotalMilliseconds:F0} ms)");
            foreach (var message in step.Messages)
            {
                output.WriteLine($"{indent}      {message}");
            }

            foreach (var inner in step.InnerRecipes)
            {
                output.WriteLine($"{indent}    recipe '{inner.RecipeName}':");
                Write(inner, output, indent + "      ");
            }
        }
    }

    public static string Summary(RecipeResult result)
    {
        var executed = result.Steps.Count(s => s.Outcome == RecipeStepOutcome.Executed);
        return $"Recipe '{result.RecipeName}': {executed} steps executed, {result.SkippedSteps.Count} skipped, in {result.Duration.TotalSeconds:F1} s.";
    }

    /// <summary>The run's report in the verb report's <c>result.recipe</c>: steps carry both <c>index</c> (0-based) and <c>number</c> (1-based).</summary>
    public static JsonNode ToJson(RecipeResult result) => JsonNode.Parse(result.ToJson())!;

    /// <summary>The verb report's error for a failed run, naming the step by number and by JSON path.</summary>
    public static VerbError Error(RecipeError error, string prefix) => new(VerbError.Failed, $"{prefix}: {error}")
    {
        StepNumber = error.StepNumber,
        StepName = error.StepIndex < 0 ? null : error.StepName,
        JsonPath = error.JsonPath,
    };
}

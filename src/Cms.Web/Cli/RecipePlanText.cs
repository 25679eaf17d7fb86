using Cms.Core.Definitions;
using Cms.Core.Recipes;

namespace Cms.Web.Cli;

/// <summary>
/// Prints a <see cref="RecipePlan"/> for people: a line per step (numbered from 1, as every message counts steps) with
/// its counts, each definition change beneath it, then what the run hides.
/// </summary>
internal static class RecipePlanText
{
    public static void Write(RecipePlan plan, TextWriter output)
    {
        output.WriteLine(plan.DryRun
            ? $"Plan of recipe '{plan.RecipeName}' (dry run: every step ran and was rolled back, nothing was changed):"
            : $"Changes made by recipe '{plan.RecipeName}':");
        foreach (var step in plan.Steps)
        {
            var indent = new string(' ', 2 + (4 * step.Depth));
            var counts = string.Join(", ", step.Counts.Select(c => $"{c.Value} {c.Key}"));
            var recipe = step.Depth > 0 ? $"recipe '{step.RecipeName}' " : "";
            output.WriteLine($"{indent}{recipe}{RecipeStepNumber.FromIndex(step.Index),3}. {step.Name,-26} {step.Outcome.ToString().ToLowerInvariant(),-9}{(counts.Length > 0 ? "  " + counts : "")}");
            foreach (var change in step.Changes)
            {
                output.WriteLine($"{indent}      {(change.HidesData ? "! " : "")}{change.Describe()}");
            }
        }

        WriteHidden(plan, output);
    }

    /// <summary>The changes that hide stored values, or nothing when there are none.</summary>
    public static void WriteHidden(RecipePlan plan, TextWriter output)
    {
        if (plan.HiddenData.Count == 0)
        {
            return;
        }

        var verb = plan.DryRun || plan.Refused ? "would hide" : "hid";
        output.WriteLine($"This run {verb} the stored values of {Items(plan.HiddenItems)}:");
        foreach (var change in plan.HiddenData)
        {
            output.WriteLine($"  {RecipeStepNumber.Describe(change.StepIndex, change.StepName)}, {RecipeStepNumber.DescribePath(change.JsonPath ?? $"$.steps[{change.StepIndex}]")}: {change.Describe()}");
        }
    }

    private static string Items(int count) => count == 1 ? "1 content item" : $"{count} content items";
}

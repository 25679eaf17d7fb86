using Cms.Core.Definitions;

namespace Cms.Core.Recipes;

/// <summary>
/// What a run did or, for a dry run, would do: every step (inner recipes' included, in the order they ran) with its
/// counts and definition changes, and what the run hides. Built from a <see cref="RecipeResult"/>; printers render it.
/// </summary>
public sealed record RecipePlan(
    string RecipeName,
    bool DryRun,
    IReadOnlyList<RecipePlanStep> Steps,
    IReadOnlyList<ContentDefinitionChange> HiddenData,
    int HiddenItems,
    RecipeError? Error)
{
    /// <summary>The run was refused (or a real run would be) because it hides stored values without leave to.</summary>
    public bool Refused => Error?.Code == RecipeError.DataLoss;

    public static RecipePlan From(RecipeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var steps = new List<RecipePlanStep>();
        AddSteps(result, 0, steps);
        return new RecipePlan(result.RecipeName, result.DryRun, steps, result.HiddenData, result.HiddenItems, result.Error);
    }

    private static void AddSteps(RecipeResult result, int depth, List<RecipePlanStep> steps)
    {
        foreach (var step in result.Steps)
        {
            steps.Add(new RecipePlanStep(result.RecipeName, depth, step.Index, step.Name, step.Outcome, step.Counts, step.DefinitionChanges));
            foreach (var inner in step.InnerRecipes)
            {
                AddSteps(inner, depth + 1, steps);
            }
        }
    }
}

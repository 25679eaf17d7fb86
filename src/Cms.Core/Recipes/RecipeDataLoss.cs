using Cms.Core.Content;
using Cms.Core.Definitions;
using Cms.Core.Storage;

namespace Cms.Core.Recipes;

/// <summary>
/// Decides whether a run hides stored values: the definitions before the run are compared with those after it (what
/// one step hides a later one may restore), each remaining destructive change is counted against the stored items and
/// tied to the step that made it, and the run is refused unless its caller allowed data loss.
/// </summary>
internal static class RecipeDataLoss
{
    /// <summary>Fills <see cref="RecipeResult.HiddenData"/>; returns the refusal when values would be hidden and that is not allowed.</summary>
    public static async Task<RecipeError?> CheckAsync(RecipeResult result, ContentDefinitionDocument before, ContentDefinitionDocument after,
        SqlSession storage, bool allowed, CancellationToken cancellationToken)
    {
        var stepChanges = StepChanges(result).ToList();
        var hidden = (await ContentDefinitionImpact.HiddenByAsync(before, after, storage, cancellationToken))
            .Select(c => MadeBy(c, stepChanges, result.RecipeName))
            .OrderBy(c => c.StepIndex)
            .ToList();
        result.HiddenData = hidden;
        result.HiddenItems = ContentDefinitionImpact.CountItems(hidden);
        if (hidden.Count == 0 || allowed)
        {
            return null;
        }

        var first = hidden[0];
        var items = result.HiddenItems == 1 ? "1 content item" : $"{result.HiddenItems} content items";
        var list = string.Join("; ", hidden.Select(c => $"{RecipeStepNumber.Describe(c.StepIndex, c.StepName)}, {RecipeStepNumber.DescribePath(c.JsonPath ?? $"$.steps[{c.StepIndex}]")}: {c.Describe()}"));
        return new RecipeError(first.RecipeName ?? result.RecipeName, first.StepIndex, first.StepName ?? "", first.JsonPath,
            $"The run would hide the stored values of {items}, so it was refused and nothing was changed ({list}). " +
            "Allow data loss to apply it anyway.")
        {
            Code = RecipeError.DataLoss,
        };
    }

    /// <summary>Every step's changes, inner recipes' included, in the order they ran.</summary>
    private static IEnumerable<ContentDefinitionChange> StepChanges(RecipeResult result) =>
        result.Steps.SelectMany(step => step.DefinitionChanges.Concat(step.InnerRecipes.SelectMany(StepChanges)));

    /// <summary>
    /// The run's change takes its step and path from the last step change at the same place: the same kind there, else
    /// any change of that part, else any change of that type (a type deleted, then defined again without a part).
    /// </summary>
    private static ContentDefinitionChange MadeBy(ContentDefinitionChange change, List<ContentDefinitionChange> stepChanges, string recipeName)
    {
        var step = stepChanges.LastOrDefault(s => s.Kind == change.Kind && SamePlace(s, change))
            ?? stepChanges.LastOrDefault(s => s.ContentType == change.ContentType && s.Part == change.Part && s.Part is not null)
            ?? stepChanges.LastOrDefault(s => s.ContentType == change.ContentType);
        return step is null
            ? change with { RecipeName = recipeName }
            : change with { RecipeName = step.RecipeName, StepIndex = step.StepIndex, StepName = step.StepName, JsonPath = step.JsonPath };
    }

    private static bool SamePlace(ContentDefinitionChange a, ContentDefinitionChange b) =>
        a.ContentType == b.ContentType && a.Part == b.Part && a.Field == b.Field;
}

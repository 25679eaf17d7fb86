using Cms.Core.Definitions;

namespace Cms.Core.Recipes;

/// <summary>One step of a <see cref="RecipePlan"/>; <see cref="Depth"/> is 0 for the run's recipe, 1 for a recipe it ran, and so on.</summary>
/// <param name="Index">0-based, as in <c>$.steps[i]</c> and in the run's report.</param>
/// <param name="Counts">What the step counted: "created", "updated", "unchanged" for content; "types", "parts" for definitions.</param>
public sealed record RecipePlanStep(
    string RecipeName,
    int Depth,
    int Index,
    string Name,
    RecipeStepOutcome Outcome,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<ContentDefinitionChange> Changes);

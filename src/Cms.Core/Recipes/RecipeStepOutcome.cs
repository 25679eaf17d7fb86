namespace Cms.Core.Recipes;

public enum RecipeStepOutcome
{
    Executed,

    /// <summary>No handler has the step's name (reported, not silently ignored as Orchard does).</summary>
    Skipped,

    Failed,
}

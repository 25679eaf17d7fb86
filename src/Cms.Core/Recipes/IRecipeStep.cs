namespace Cms.Core.Recipes;

/// <summary>Handles the recipe steps whose <c>name</c> equals <see cref="Name"/> (case-insensitively).</summary>
public interface IRecipeStep
{
    /// <summary>The step name as recipes write it, e.g. <c>ContentDefinition</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Applies the step. Scripted values in <see cref="RecipeStepContext.Step"/> are already evaluated. Throw
    /// <see cref="RecipeStepException"/> to name the culprit inside the step; any other exception fails the run too.
    /// </summary>
    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}

using Cms.Core.Recipes;

namespace Cms.Tests.Recipes;

/// <summary>A step whose behaviour the test gives inline (throw, queue a recipe, count).</summary>
internal sealed class DelegateStep(string name, Action<RecipeStepContext> body) : IRecipeStep
{
    public string Name { get; } = name;

    public int Runs { get; private set; }

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        Runs++;
        body(context);
        return Task.CompletedTask;
    }
}

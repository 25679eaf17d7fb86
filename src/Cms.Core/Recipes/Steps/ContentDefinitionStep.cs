namespace Cms.Core.Recipes.Steps;

/// <summary><c>ContentDefinition</c>: merges the listed types and parts into the run's definitions.</summary>
internal sealed class ContentDefinitionStep : IRecipeStep
{
    public string Name => "ContentDefinition";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var payload = ContentDefinitionPayload.Read(context.Step);
        ContentDefinitionMerge.Merge(context.Definitions, payload);
        context.AddCount("types", payload.Types.Count);
        context.AddCount("parts", payload.Parts.Count);
        return Task.CompletedTask;
    }
}

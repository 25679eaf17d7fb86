namespace Cms.Core.Recipes.Steps;

/// <summary><c>ReplaceContentDefinition</c>: the listed types and parts replace their current definitions whole.</summary>
internal sealed class ReplaceContentDefinitionStep : IRecipeStep
{
    public string Name => "ReplaceContentDefinition";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var payload = ContentDefinitionPayload.Read(context.Step);
        ContentDefinitionMerge.Replace(context.Definitions, payload);
        context.AddCount("types", payload.Types.Count);
        context.AddCount("parts", payload.Parts.Count);
        return Task.CompletedTask;
    }
}

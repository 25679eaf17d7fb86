namespace Cms.Core.Recipes.Steps;

/// <summary><c>DeleteContentDefinition</c>: <c>ContentTypes: [name]</c>, <c>ContentParts: [name]</c>; missing names are no-ops.</summary>
internal sealed class DeleteContentDefinitionStep : IRecipeStep
{
    public string Name => "DeleteContentDefinition";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var types = ContentDefinitionPayload.ReadNames(context.Step, "ContentTypes");
        var parts = ContentDefinitionPayload.ReadNames(context.Step, "ContentParts");
        var deletedTypes = types.Count(name => ContentDefinitionMerge.DeleteType(context.Definitions, name));
        var deletedParts = parts.Count(name => ContentDefinitionMerge.DeletePart(context.Definitions, name));
        context.AddCount("types deleted", deletedTypes);
        context.AddCount("parts deleted", deletedParts);
        return Task.CompletedTask;
    }
}

using System.Text.Json.Nodes;
using Cms.Core.Recipes;

namespace Cms.Tests.Recipes;

/// <summary>A step that records the evaluated payloads it is given, to see what scripted values became.</summary>
internal sealed class CapturingStep(string name) : IRecipeStep
{
    public string Name { get; } = name;

    public List<JsonObject> Payloads { get; } = [];

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        Payloads.Add(context.Step);
        return Task.CompletedTask;
    }
}

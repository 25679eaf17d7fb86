using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Recipes;
using Cms.Core.Recipes.Scripting;

namespace Cms.Tests.Recipes;

/// <summary>Runs a one-step recipe through the real executor and returns the evaluated step.</summary>
internal static class ScriptedRecipe
{
    public static async Task<JsonObject> EvaluateAsync(
        string stepJson, string variablesJson = "{}", RecipeEnvironment? environment = null, string? basePath = null,
        RecipeScriptOptions? options = null)
    {
        var recipe = RecipeReader.Read(
            $$"""{ "name": "Test", "variables": {{variablesJson}}, "steps": [ {{stepJson}} ] }""", "test.recipe.json", basePath);
        var step = new CapturingStep(recipe.Steps[0].Name);
        var executor = new RecipeExecutor([step], options);
        await executor.ExecuteAsync(recipe, environment ?? RecipeEnvironment.Empty, new ContentDefinitionDocument(), CancellationToken.None);
        return step.Payloads[0];
    }

    /// <summary>The value of <c>"value"</c> after evaluation of <c>{"name": "Capture", "value": ...}</c>.</summary>
    public static async Task<string?> ValueAsync(
        string value, string variablesJson = "{}", RecipeEnvironment? environment = null, string? basePath = null,
        RecipeScriptOptions? options = null)
    {
        var step = await EvaluateAsync(
            $$"""{ "name": "Capture", "value": {{JsonValue.Create(value).ToJsonString()}} }""", variablesJson, environment, basePath, options);
        return step["value"]?.GetValue<string>();
    }

    public static async Task<RecipeExecutionException> FailureAsync(
        string value, string variablesJson = "{}", string? basePath = null, RecipeScriptOptions? options = null) =>
        await Assert.ThrowsAsync<RecipeExecutionException>(() => ValueAsync(value, variablesJson, basePath: basePath, options: options));
}

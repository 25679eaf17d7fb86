using Cms.Core.Definitions;
using Cms.Core.Recipes;

namespace Cms.Tests.Recipes;

/// <summary>
/// Orchard's scripting functions beyond the core ones: getUrlPrefix and log work; functions of modules we do not have
/// (workflows, queries, layers) keep the value as written and are reported, or fail a strict run.
/// </summary>
public sealed class OrchardScriptFunctionTests
{
    private const string ComingSoonFormAction =
        "[js: getUrlPrefix('/workflows/invoke/' + encodeURI(createWorkflowToken(variables('workflowTypeId'), variables('activityId'))))]";

    private const string WorkflowVariables = """{ "workflowTypeId": "[js: uuid()]", "activityId": "[js: uuid()]" }""";

    [Theory]
    [InlineData("[js: getUrlPrefix('/workflows/invoke/')]", "", "/workflows/invoke")]
    [InlineData("[js: getUrlPrefix('')]", "", "/")]
    [InlineData("[js: getUrlPrefix()]", "", "/")]
    [InlineData("[js: getUrlPrefix('login')]", "/cms", "/cms/login")]
    [InlineData("[js: getUrlPrefix(' /login/ ')]", "/cms/", "/cms/login")]
    [InlineData("[js: getUrlPrefix('a b/c', true)]", "", "/a%20b/c")]
    [InlineData("[js: getUrlPrefix('a b/c')]", "", "/a b/c")]
    public async Task GetUrlPrefix_PathAndPathBase_ReturnsThePathUnderThePathBase(string script, string pathBase, string expected)
    {
        var value = await ScriptedRecipe.ValueAsync(script, environment: new RecipeEnvironment { PathBase = pathBase });

        Assert.Equal(expected, value);
    }

    [Fact]
    public async Task Execute_WorkflowFunctionOutsideStrict_KeepsTheValueAsTextAndReportsPathAndFunction()
    {
        var (step, result) = await RunAsync(ComingSoonFormAction, strict: false);

        Assert.Equal(ComingSoonFormAction.Trim('[', ']'), step["value"]!.GetValue<string>());
        var stepResult = Assert.Single(result.Steps);
        var kept = Assert.Single(stepResult.UnevaluatedScripts!);
        Assert.Equal(("$.steps[0].value", "createWorkflowToken", ComingSoonFormAction), (kept.JsonPath, kept.Function, kept.Expression));
        Assert.Contains("OrchardCore.Workflows", kept.Module, StringComparison.Ordinal);
        var message = Assert.Single(stepResult.Messages);
        Assert.StartsWith("Step 1 (Capture): $.steps[0].value was not evaluated and is kept as text", message, StringComparison.Ordinal);
        Assert.Contains("createWorkflowToken()", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_WorkflowFunctionInStrictRun_FailsNamingTheFunctionAndThePath()
    {
        var recipe = Recipe(ComingSoonFormAction);
        var executor = new RecipeExecutor([new CapturingStep("Capture")]);

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            executor.ExecuteAsync(recipe, new RecipeEnvironment { Strict = true }, new ContentDefinitionDocument(), CancellationToken.None));

        Assert.Equal("$.steps[0].value", failure.JsonPath);
        Assert.Contains("createWorkflowToken() belongs to OrchardCore.Workflows", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_UnavailableFunctionInAVariable_KeepsTheValueThatReadsIt()
    {
        var recipe = RecipeReader.Read(
            """{ "name": "Test", "variables": { "rows": "[js: executeQuery('RecentLetters', {})]" }, "steps": [ { "name": "Capture", "value": "[js: variables('rows')]", "other": "[js: 1 + 1]" } ] }""",
            "test.recipe.json");
        var step = new CapturingStep("Capture");

        var result = await new RecipeExecutor([step]).ExecuteAsync(recipe, RecipeEnvironment.Empty, new ContentDefinitionDocument(), CancellationToken.None);

        Assert.Equal(("js: variables('rows')", "2"), (step.Payloads[0]["value"]!.GetValue<string>(), step.Payloads[0]["other"]!.GetValue<string>()));
        Assert.Equal("executeQuery", Assert.Single(result.Steps[0].UnevaluatedScripts!).Function);
    }

    [Fact]
    public async Task Execute_MisspeltFunction_StillFailsAsAReferenceError()
    {
        var failure = await ScriptedRecipe.FailureAsync("[js: createWorkflowTokn('a', 'b')]");

        Assert.Contains("ReferenceError: createWorkflowTokn is not defined", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_LogCall_AddsTheLineToTheStepReport()
    {
        var (step, result) = await RunAsync("[js: log('Warning', 'seeding letters'); 'done']", strict: false);

        Assert.Equal("done", step["value"]!.GetValue<string>());
        Assert.Equal("Script log (Warning): seeding letters", Assert.Single(result.Steps[0].Messages));
        Assert.Null(result.Steps[0].UnevaluatedScripts);
    }

    private static Cms.Core.Recipes.RecipeDescriptor Recipe(string value) => RecipeReader.Read(
        $$"""{ "name": "Test", "variables": {{WorkflowVariables}}, "steps": [ { "name": "Capture", "value": {{System.Text.Json.Nodes.JsonValue.Create(value).ToJsonString()}} } ] }""",
        "test.recipe.json");

    private static async Task<(System.Text.Json.Nodes.JsonObject Step, RecipeResult Result)> RunAsync(string value, bool strict)
    {
        var step = new CapturingStep("Capture");
        var result = await new RecipeExecutor([step]).ExecuteAsync(
            Recipe(value), new RecipeEnvironment { Strict = strict }, new ContentDefinitionDocument(), CancellationToken.None);
        return (step.Payloads[0], result);
    }
}

using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Recipes;
using Cms.Core.Recipes.Scripting;

namespace Cms.Tests.Recipes;

public sealed class RecipeExecutorTests
{
    [Fact]
    public async Task Execute_UuidVariable_IsTheSameInEveryStep()
    {
        var first = new CapturingStep("First");
        var second = new CapturingStep("Second");
        var recipe = RecipeReader.Read("""
            { "variables": { "id": "[js:uuid()]", "other": "[js:uuid()]" },
              "steps": [ { "name": "First", "id": "[js: variables('id')]" },
                         { "name": "Second", "id": "[js: variables('id')]", "other": "[js: variables('other')]" } ] }
            """);

        await new RecipeExecutor([first, second]).ExecuteAsync(recipe, RecipeEnvironment.Empty, new(), CancellationToken.None);

        var id = first.Payloads[0]["id"]!.GetValue<string>();
        Assert.Equal(id, second.Payloads[0]["id"]!.GetValue<string>());
        Assert.NotEqual(id, second.Payloads[0]["other"]!.GetValue<string>());
    }

    [Fact]
    public async Task Execute_TwoRuns_GetTheirOwnVariables()
    {
        var step = new CapturingStep("Capture");
        var recipe = RecipeReader.Read("""{ "variables": { "id": "[js:uuid()]" }, "steps": [ { "name": "Capture", "id": "[js: variables('id')]" } ] }""");
        var executor = new RecipeExecutor([step]);

        await executor.ExecuteAsync(recipe, RecipeEnvironment.Empty, new(), CancellationToken.None);
        await executor.ExecuteAsync(recipe, RecipeEnvironment.Empty, new(), CancellationToken.None);

        Assert.NotEqual(step.Payloads[0]["id"]!.GetValue<string>(), step.Payloads[1]["id"]!.GetValue<string>());
        Assert.Equal("[js: variables('id')]", recipe.Steps[0].Data["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Execute_VariablesAfterSteps_SaysTheSectionComesTooLate()
    {
        var recipe = RecipeReader.Read("""{ "steps": [ { "name": "Capture", "id": "[js: variables('id')]" } ], "variables": { "id": "1" } }""");

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            new RecipeExecutor([new CapturingStep("Capture")]).ExecuteAsync(recipe, RecipeEnvironment.Empty, new(), CancellationToken.None));

        Assert.Contains("the 'variables' section comes after 'steps'", failure.Error.Message, StringComparison.Ordinal);
        Assert.Equal("$.steps[0].id", failure.JsonPath);
    }

    [Fact]
    public async Task Execute_UnknownStep_IsReportedAsSkippedWithIndexAndName()
    {
        var known = new CapturingStep("Known");
        var recipe = RecipeReader.Read("""
            { "name": "R", "steps": [ { "name": "known" }, { "name": "lucene-index", "x": "[js: nope()]" }, { "name": "KNOWN" } ] }
            """);

        var result = await new RecipeExecutor([known]).ExecuteAsync(recipe, RecipeEnvironment.Empty, new(), CancellationToken.None);

        var skipped = Assert.Single(result.SkippedSteps);
        Assert.Equal(1, skipped.Index);
        Assert.Equal("lucene-index", skipped.Name);
        Assert.Contains("Step 2 (lucene-index) was skipped", Assert.Single(skipped.Messages), StringComparison.Ordinal);
        Assert.Equal(2, known.Payloads.Count);
        Assert.True(result.Succeeded);
        Assert.Equal(
            [RecipeStepOutcome.Executed, RecipeStepOutcome.Skipped, RecipeStepOutcome.Executed],
            result.Steps.Select(s => s.Outcome));
    }

    [Fact]
    public async Task Execute_UnknownStepInStrictMode_FailsTheRun()
    {
        var known = new CapturingStep("Known");
        var recipe = RecipeReader.Read("""{ "name": "R", "steps": [ { "name": "Known" }, { "name": "Sitemaps" }, { "name": "Known" } ] }""");

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            new RecipeExecutor([known]).ExecuteAsync(recipe, new RecipeEnvironment { Strict = true }, new(), CancellationToken.None));

        Assert.Equal(1, failure.StepIndex);
        Assert.Equal("Sitemaps", failure.StepName);
        Assert.Equal("$.steps[1]", failure.JsonPath);
        Assert.Single(known.Payloads);
    }

    [Fact]
    public async Task Execute_StepThrows_StopsTheRunAndKeepsWhatRan()
    {
        var after = new CapturingStep("After");
        var recipe = RecipeReader.Read("""{ "name": "R", "steps": [ { "name": "After" }, { "name": "Boom" }, { "name": "After" } ] }""");
        var boom = new DelegateStep("Boom", _ => throw new InvalidOperationException("disk full"));

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            new RecipeExecutor([after, boom]).ExecuteAsync(recipe, RecipeEnvironment.Empty, new(), CancellationToken.None));

        Assert.Equal("Unexpected error occurred while executing the 'Boom' step: disk full", failure.Error.Message);
        Assert.Equal("R", failure.Error.RecipeName);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Single(after.Payloads);
        Assert.Equal([RecipeStepOutcome.Executed, RecipeStepOutcome.Failed], failure.Result.Steps.Select(s => s.Outcome));
        Assert.Contains("step 2 (Boom)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_StepExceptionWithPath_IsReportedUnderTheStep()
    {
        var recipe = RecipeReader.Read("""{ "steps": [ { "name": "a" }, { "name": "Check" } ] }""");
        var check = new DelegateStep("Check", _ => throw new RecipeStepException("bad value", "Data[2].TitlePart"));

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            new RecipeExecutor([check, new CapturingStep("a")]).ExecuteAsync(recipe, RecipeEnvironment.Empty, new(), CancellationToken.None));

        Assert.Equal("$.steps[1].Data[2].TitlePart", failure.JsonPath);
        Assert.Equal("bad value", failure.Error.Message);
    }

    [Fact]
    public async Task Execute_QueuedInnerRecipe_RunsRightAfterItsStepWithOwnVariablesAndSameEnvironment()
    {
        var order = new List<string>();
        var capture = new DelegateStep("Capture", c => order.Add($"{c.Recipe.Name}:{c.Step["v"]?.GetValue<string>()}"));
        var inner = RecipeReader.Read("""
            { "name": "Inner", "variables": { "x": "inner" },
              "steps": [ { "name": "Capture", "v": "[js: variables('x') + '-' + parameters('SiteName')]" } ] }
            """);
        var queue = new DelegateStep("Recipes", c => c.QueueInnerRecipe(inner));
        var outer = RecipeReader.Read("""
            { "name": "Outer", "variables": { "x": "outer" },
              "steps": [ { "name": "Recipes" }, { "name": "Capture", "v": "[js: variables('x')]" } ] }
            """);
        var environment = new RecipeEnvironment { Parameters = new Dictionary<string, string?> { ["SiteName"] = "Site" } };

        var result = await new RecipeExecutor([queue, capture]).ExecuteAsync(outer, environment, new(), CancellationToken.None);

        Assert.Equal(["Inner:inner-Site", "Outer:outer"], order);
        Assert.Equal("Inner", Assert.Single(result.Steps[0].InnerRecipes).RecipeName);
    }

    [Fact]
    public async Task Execute_InnerRecipeFails_StopsTheOuterRunNamingTheInnerRecipe()
    {
        var inner = RecipeReader.Read("""{ "name": "Inner", "steps": [ { "name": "Capture", "v": "[js: variables('nope')]" } ] }""");
        var queue = new DelegateStep("Recipes", c => c.QueueInnerRecipe(inner));
        var capture = new CapturingStep("Capture");
        var outer = RecipeReader.Read("""{ "name": "Outer", "steps": [ { "name": "Recipes" }, { "name": "Capture" } ] }""");

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            new RecipeExecutor([queue, capture]).ExecuteAsync(outer, RecipeEnvironment.Empty, new(), CancellationToken.None));

        Assert.Equal("Inner", failure.Error.RecipeName);
        Assert.Equal("$.steps[0].v", failure.JsonPath);
        Assert.Empty(capture.Payloads);
    }

    [Fact]
    public async Task Execute_RecipeQueuingItself_StopsAtTheNestingLimit()
    {
        RecipeDescriptor? self = null;
        var queue = new DelegateStep("Recipes", c => c.QueueInnerRecipe(self!));
        self = RecipeReader.Read("""{ "name": "Self", "steps": [ { "name": "Recipes" } ] }""");

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            new RecipeExecutor([queue]).ExecuteAsync(self, RecipeEnvironment.Empty, new(), CancellationToken.None));

        Assert.Contains("nest more than", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_Result_SerializesCountsAndOutcomesToJson()
    {
        var recipe = RecipeReader.Read("""{ "name": "R", "steps": [ { "name": "Count" }, { "name": "Unknown" } ] }""");
        var count = new DelegateStep("Count", c =>
        {
            c.AddCount("types", 3);
            c.AddCount("parts", 5);
        });

        var result = await new RecipeExecutor([count]).ExecuteAsync(recipe, RecipeEnvironment.Empty, new(), CancellationToken.None);

        Assert.Equal("3 types, 5 parts", result.Steps[0].Summary);
        var json = JsonNode.Parse(result.ToJson())!;
        Assert.Equal("R", json["recipeName"]!.GetValue<string>());
        Assert.Equal("Executed", json["steps"]![0]!["outcome"]!.GetValue<string>());
        Assert.Equal(5, json["steps"]![0]!["counts"]!["parts"]!.GetValue<int>());
        Assert.Equal("Skipped", json["steps"]![1]!["outcome"]!.GetValue<string>());
        Assert.True(json["succeeded"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Execute_Cancelled_Throws()
    {
        var recipe = RecipeReader.Read("""{ "steps": [ { "name": "Capture" } ] }""");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new RecipeExecutor([new CapturingStep("Capture")]).ExecuteAsync(recipe, RecipeEnvironment.Empty, new(), cancellation.Token));
    }

    [Fact]
    public void Constructor_TwoStepsWithOneName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new RecipeExecutor([new CapturingStep("A"), new CapturingStep("a")]));
    }

    [Fact]
    public void Constructor_NonPositiveLimit_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new RecipeExecutor([], new RecipeScriptOptions { Timeout = TimeSpan.Zero }));
    }

}

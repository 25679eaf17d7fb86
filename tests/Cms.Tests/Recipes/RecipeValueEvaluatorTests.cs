namespace Cms.Tests.Recipes;

public sealed class RecipeValueEvaluatorTests
{
    [Theory]
    [InlineData("[locale en]You have successfully registered![/locale][locale fr]Vous vous êtes inscrit avec succès![/locale]")]
    [InlineData("[1js: valiables('now')]")]
    [InlineData("js: valiables('now')")]
    [InlineData("[sc text='some : text'/]")]
    [InlineData("[locale en]This text contains a colon ':' symbol[/locale][locale fr]Ce texte contient un deux-points ':'[/locale]")]
    [InlineData(" [js: 1]")]
    [InlineData("[js 1]")]
    [InlineData("plain text")]
    [InlineData("")]
    public async Task Evaluate_NotAScript_StaysVerbatim(string value)
    {
        Assert.Equal(value, await ScriptedRecipe.ValueAsync(value));
    }

    [Theory]
    [InlineData("[foo:bar]", "foo:bar")]
    [InlineData("[JS: 1 + 1]", "JS: 1 + 1")]
    [InlineData("[[foo:bar]]", "[[foo:bar]]")]
    [InlineData("[foo:[bar]]", "foo:[bar")]
    public async Task Evaluate_UnknownPrefix_KeepsTheTextWithoutBrackets(string value, string expected)
    {
        Assert.Equal(expected, await ScriptedRecipe.ValueAsync(value));
    }

    [Fact]
    public async Task Evaluate_ResultIsAnotherExpression_IsEvaluatedAgain()
    {
        Assert.Equal("2", await ScriptedRecipe.ValueAsync("[js: '[js: 1 + 1]']"));
    }

    [Fact]
    public async Task Evaluate_ExpressionThatNeverSettles_Fails()
    {
        // The result rebuilds the original expression, so evaluation would never end.
        var failure = await ScriptedRecipe.FailureAsync(
            "[js: '[' + variables('q') + ']']", """{ "q": "js: '[' + variables('q') + ']'" }""");

        Assert.Contains("kept producing new expressions", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_NestedValues_AreEvaluatedButNamesAndNonStringsAreNot()
    {
        var step = await ScriptedRecipe.EvaluateAsync(
            """
            { "name": "Capture",
              "[js: 'key']": 1,
              "list": [ "[js: 1 + 1]", { "deep": [ "[js: 'x']" ] }, true, 3, null ],
              "obj": { "flag": false } }
            """);

        Assert.True(step.ContainsKey("[js: 'key']"));
        Assert.Equal("2", step["list"]![0]!.GetValue<string>());
        Assert.Equal("x", step["list"]![1]!["deep"]![0]!.GetValue<string>());
        Assert.True(step["list"]![2]!.GetValue<bool>());
        Assert.Equal(3, step["list"]![3]!.GetValue<int>());
        Assert.Null(step["list"]![4]);
        Assert.False(step["obj"]!["flag"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Evaluate_FailingString_ReportsItsJsonPath()
    {
        var failure = await Assert.ThrowsAsync<Core.Recipes.RecipeExecutionException>(() => ScriptedRecipe.EvaluateAsync(
            """
            { "name": "Capture", "ContentTypes": [ { "Name": "T", "Settings": {
                "TaxonomyFieldSettings": { "TaxonomyContentItemId": "[js: variables('tagsContentItemId')]" } } } ] }
            """));

        Assert.Equal("$.steps[0].ContentTypes[0].Settings.TaxonomyFieldSettings.TaxonomyContentItemId", failure.JsonPath);
        Assert.Equal(0, failure.StepIndex);
        Assert.Equal("Capture", failure.StepName);
    }

    [Fact]
    public async Task Evaluate_PropertyNameThatIsNotAnIdentifier_IsQuotedInThePath()
    {
        var failure = await Assert.ThrowsAsync<Core.Recipes.RecipeExecutionException>(() => ScriptedRecipe.EvaluateAsync(
            """{ "name": "Capture", "a b": { "c": "[js: nope()]" } }"""));

        Assert.Equal("$.steps[0]['a b'].c", failure.JsonPath);
    }

    [Fact]
    public async Task Evaluate_UuidVariable_IsTheSameInEveryUse()
    {
        var step = await ScriptedRecipe.EvaluateAsync(
            """{ "name": "Capture", "a": "[js: variables('id')]", "b": "[js: variables('id') + '/x']" }""",
            """{ "id": "[js:uuid()]" }""");

        var id = step["a"]!.GetValue<string>();
        Assert.Matches("^[0-9a-z]{26}$", id);
        Assert.Equal(id + "/x", step["b"]!.GetValue<string>());
    }

    [Fact]
    public async Task Evaluate_NonStringVariable_KeepsItsJavaScriptType()
    {
        Assert.Equal("42", await ScriptedRecipe.ValueAsync("[js: variables('n') * 2]", """{ "n": 21 }"""));
        Assert.Equal("b", await ScriptedRecipe.ValueAsync("[js: variables('o').a[1] ]", """{ "o": { "a": ["a", "b"] } }"""));
    }

    [Fact]
    public async Task Evaluate_ScriptEndingWithBracket_LosesItAsInOrchard()
    {
        // Orchard trims every trailing ']' before evaluating, so "a[1]]" reaches the engine as "a[1".
        var failure = await ScriptedRecipe.FailureAsync("[js: [1, 2][1]]");

        Assert.Contains("syntax error", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_UndefinedVariable_GivesOrchardsMessage()
    {
        var failure = await ScriptedRecipe.FailureAsync("[js: variables('nope')]");

        Assert.Equal(
            "The variable 'nope' was used in the recipe but not defined. Make sure you add the 'nope' variable in the 'variables' section of the recipe.",
            failure.Error.Message);
    }

    [Fact]
    public async Task Evaluate_VariableThatUsesItself_Fails()
    {
        var failure = await ScriptedRecipe.FailureAsync("[js: variables('a')]", """{ "a": "[js: variables('b')]", "b": "[js: variables('a')]" }""");

        Assert.Contains("depends on itself: a -> b -> a", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_VariableUsingAnotherVariable_Works()
    {
        Assert.Equal("Admin/Contents", await ScriptedRecipe.ValueAsync(
            "[js: variables('url')]", """{ "prefix": "Admin", "url": "[js: variables('prefix') + '/Contents']" }"""));
    }
}

using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Recipes;
using Cms.Core.Recipes.Scripting;
using Cms.Core.Recipes.Steps;

namespace Cms.Tests.Recipes;

/// <summary>The executor on Orchard's own recipe files: its executor tests (README cases 1-6) and the blog setup recipe.</summary>
public sealed class RecipeExecutorCompatibilityTests
{
    private static readonly RecipeEnvironment AdminEnvironment = new()
    {
        Parameters = new Dictionary<string, string?> { ["AdminUserId"] = "4x7adminid", ["AdminUsername"] = "admin" },
    };

    public static TheoryData<string, string> OrchardTitles => new()
    {
        { "recipe1", "[locale en]You have successfully registered![/locale][locale fr]Vous vous êtes inscrit avec succès![/locale]" },
        { "recipe2", "[1js: valiables('now')]" },
        { "recipe3", "js: valiables('now')" },
        { "recipe4", "[locale en]This text contains a colon ':' symbol[/locale][locale fr]Ce texte contient un deux-points ':'[/locale]" },
        { "recipe5", "[sc text='some : text'/]" },
    };

    [Theory]
    [MemberData(nameof(OrchardTitles))]
    public async Task Execute_OrchardExecutorRecipeWithoutJavaScriptEngine_GivesOrchardsTitle(string recipe, string expected)
    {
        // Orchard's own test registers scripting without the JavaScript engine, so "[js: ...]" is an unknown prefix there.
        var content = new CapturingStep("Content");
        var executor = new RecipeExecutor([new ContentDefinitionStep(), content], [new FileScriptEngine()], null);

        await executor.ExecuteAsync(await ReadAsync(recipe), AdminEnvironment, new ContentDefinitionDocument(), CancellationToken.None);

        Assert.Equal(expected, Title(content));
    }

    [Theory]
    [InlineData("recipe1")]
    [InlineData("recipe2")]
    [InlineData("recipe4")]
    [InlineData("recipe5")]
    public async Task Execute_OrchardExecutorRecipe_GivesOrchardsTitleAndEvaluatesTheRest(string recipe)
    {
        var content = new CapturingStep("Content");
        var definitions = new ContentDefinitionDocument();

        await new RecipeExecutor([new ContentDefinitionStep(), content])
            .ExecuteAsync(await ReadAsync(recipe), AdminEnvironment, definitions, CancellationToken.None);

        var item = content.Payloads[0]["data"]![0]!;
        Assert.Equal(OrchardTitles.Single(row => (string)row[0] == recipe)[1], Title(content));
        Assert.Matches("^[0-9a-z]{26}$", item["ContentItemId"]!.GetValue<string>());
        Assert.Equal("4x7adminid", item["Owner"]!.GetValue<string>());
        Assert.Equal("admin", item["Author"]!.GetValue<string>());
        Assert.Equal(item["CreatedUtc"]!.GetValue<string>(), item["PublishedUtc"]!.GetValue<string>());
        Assert.NotNull(definitions.FindType("Message"));
    }

    [Fact]
    public async Task Execute_Recipe3WithJavaScriptEngine_FailsNamingTheTitle()
    {
        // With a real engine the misspelt function is a ReferenceError, reported instead of stored.
        var executor = new RecipeExecutor([new ContentDefinitionStep(), new CapturingStep("Content")]);
        var recipe = await ReadAsync("recipe3");

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            executor.ExecuteAsync(recipe, AdminEnvironment, new ContentDefinitionDocument(), CancellationToken.None));

        Assert.Equal(1, failure.StepIndex);
        Assert.Equal("content", failure.StepName);
        Assert.Equal("$.steps[1].data[0].TitlePart.Title", failure.JsonPath);
        Assert.Contains("ReferenceError: valiables is not defined", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_Recipe6_FailsWithOrchardsMessage()
    {
        var definitions = new ContentDefinitionDocument();
        var executor = new RecipeExecutor([new ContentDefinitionStep()]);

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(async () =>
            await executor.ExecuteAsync(await ReadAsync("recipe6"), RecipeEnvironment.Empty, definitions, CancellationToken.None));

        Assert.Equal(
            "Unable to add content-part to the 'Message' content-type. The part name cannot be null or empty.",
            failure.Error.Message);
        Assert.Equal(0, failure.StepIndex);
        Assert.Equal("ContentDefinition", failure.StepName);
        Assert.Equal("$.steps[0].ContentTypes[0].ContentTypePartDefinitionRecords[0]", failure.JsonPath);
        Assert.Empty(definitions.Types);
    }

    [Fact]
    public async Task Execute_BlogRecipeWithoutItsSnippet_FailsNamingTheStepAndTheFile()
    {
        var recipe = await RecipeReader.ReadFileAsync(CompatRecipeFiles.PathOf("blog.recipe.json"), CancellationToken.None);

        var failure = await Assert.ThrowsAsync<RecipeExecutionException>(() =>
            new RecipeExecutor([new CapturingStep("Content")]).ExecuteAsync(recipe, AdminEnvironment, new(), CancellationToken.None));

        Assert.Equal(5, failure.StepIndex);
        Assert.Equal("content", failure.StepName);
        Assert.StartsWith("$.steps[5].Data[", failure.JsonPath, StringComparison.Ordinal);
        Assert.Contains("The file 'Snippets/footer.html'", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_BlogRecipeCopyWithStandInSnippet_EvaluatesTheContentStep()
    {
        var folder = Directory.CreateTempSubdirectory("cms-blog-recipe-").FullName;
        try
        {
            File.Copy(CompatRecipeFiles.PathOf("blog.recipe.json"), Path.Combine(folder, "blog.recipe.json"));
            Directory.CreateDirectory(Path.Combine(folder, "Snippets"));
            await File.WriteAllTextAsync(Path.Combine(folder, "Snippets", "footer.html"), "stand-in footer");
            var recipe = await RecipeReader.ReadFileAsync(Path.Combine(folder, "blog.recipe.json"), CancellationToken.None);
            var content = new CapturingStep("Content");
            var adminMenu = new CapturingStep("AdminMenu");
            var environment = new RecipeEnvironment
            {
                Parameters = AdminEnvironment.Parameters,
                Configuration = key => key == "OrchardCore_Admin:AdminUrlPrefix" ? "Manage" : null,
            };

            await new RecipeExecutor([content, adminMenu]).ExecuteAsync(recipe, environment, new(), CancellationToken.None);

            var json = content.Payloads[0].ToJsonString();
            Assert.Contains("stand-in footer", json, StringComparison.Ordinal);
            Assert.Contains("Manage/Contents/ContentItems/", adminMenu.Payloads[0].ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain("[js:", json, StringComparison.Ordinal);
            Assert.DoesNotContain("[file:", json, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<RecipeDescriptor> ReadAsync(string name) =>
        await RecipeReader.ReadFileAsync(CompatRecipeFiles.PathOf($"tests/recipe-executor-{name}.json"), CancellationToken.None);

    private static string Title(CapturingStep content) =>
        content.Payloads[0]["data"]![0]!["TitlePart"]!["Title"]!.GetValue<string>();
}

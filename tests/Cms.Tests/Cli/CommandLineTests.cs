using System.Text.Json.Nodes;
using Cms.Tests.Support;

namespace Cms.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly CliTestFolder _cli = new();

    private string DataPath => _cli.DataPath;

    public void Dispose() => _cli.Dispose();

    private static Task<(int? ExitCode, string Output, string Errors)> RunAsync(params string[] args) => CliTestFolder.RunAsync(args);

    [Fact]
    public async Task NoVerb_ReturnsNullSoTheServerStarts()
    {
        var (code, _, _) = await RunAsync("--urls", "http://127.0.0.1:0");

        Assert.Null(code);
    }

    [Fact]
    public async Task Export_DataPathUnderAFile_ExitsTwoNamingTheSetting()
    {
        Directory.CreateDirectory(_cli.Folder);
        var file = Path.Combine(_cli.Folder, "file");
        await File.WriteAllTextAsync(file, "not a folder");

        var (code, _, errors) = await RunAsync("export", "--data-path", Path.Combine(file, "data"));

        Assert.Equal(2, code);
        Assert.Contains("is a file; the data path must be a folder", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_WithRecipeAndAdmin_SetsUpAndSecondRunChangesNothing()
    {
        var recipe = _cli.WriteRecipe(TestRecipes.Setup);

        var first = await RunAsync("setup", "--data-path", DataPath, "--recipe", recipe, "--admin-user", "ops", "--admin-email", "ops@example.org", "--admin-password", "Secret-passw0rd");
        var second = await RunAsync("setup", "--data-path", DataPath, "--recipe", recipe, "--admin-password", "Secret-passw0rd");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Administrator: ops <ops@example.org>", first.Output, StringComparison.Ordinal);
        Assert.Contains("step 4 (Content)", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already set up", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_ShortAdminPassword_FailsNamingTheOptionAndSetsNothingUp()
    {
        var recipe = TestRecipes.WriteTo(_cli.Folder, TestRecipes.Setup);

        var refused = await RunAsync("setup", "--data-path", DataPath, "--recipe", recipe, "--admin-password", "admin123");
        var retried = await RunAsync("setup", "--data-path", DataPath, "--recipe", recipe, "--admin-password", "Secret-passw0rd");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--admin-password", refused.Errors, StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", refused.Errors, StringComparison.Ordinal);
        Assert.Equal(0, retried.ExitCode);
        Assert.DoesNotContain("already set up", retried.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_WithoutPassword_PrintsTheGeneratedOneOnce()
    {
        var recipe = _cli.WriteRecipe(TestRecipes.Setup);

        var (code, output, _) = await RunAsync("setup", "--data-path", DataPath, "--recipe", recipe);

        Assert.Equal(0, code);
        Assert.Contains("Generated administrator password", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeRun_PrintsStepsAndSummary_ThenExportContainsTheItems()
    {
        await _cli.SetUpEmptySiteAsync();
        var recipe = _cli.WriteRecipe(TestRecipes.Setup);
        var exportFile = Path.Combine(_cli.Folder, "export.recipe.json");

        var run = await RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--param", "AdminUserId=4ops00000000000000000000001", "--param", "AdminUsername=ops");
        var export = await RunAsync("export", "--data-path", DataPath, "--types", "Note", "--content", "--definitions", "--out", exportFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("step 3 (ContentDefinition)", run.Output, StringComparison.Ordinal);
        Assert.Contains("4 steps executed, 0 skipped", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, export.ExitCode);
        var exported = JsonNode.Parse(await File.ReadAllTextAsync(exportFile))!;
        var steps = exported["steps"]!.AsArray();
        Assert.Equal(["ContentDefinition", "Content"], steps.Select(s => s!["name"]!.GetValue<string>()));
        Assert.Equal("4ops00000000000000000000001", steps[1]!["data"]![0]!["Owner"]!.GetValue<string>());
    }

    [Fact]
    public async Task RecipeRun_FailingStep_ExitsOneAndNamesTheStep()
    {
        await _cli.SetUpEmptySiteAsync();
        var recipe = _cli.WriteRecipe("""{ "name": "Bad", "steps": [ { "name": "Settings", "SiteName": "[js: variables('missing')]" } ] }""");

        var (code, _, errors) = await RunAsync("recipe", "run", recipe, "--data-path", DataPath);

        Assert.Equal(1, code);
        Assert.Contains("at step 1 (Settings), JSON path $.steps[0]", errors, StringComparison.Ordinal);
        Assert.Contains("missing", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeRun_LargeContentStepIntoAFile_PrintsPlainProgressLinesWithoutCarriageReturns()
    {
        await _cli.SetUpEmptySiteAsync();
        var recipe = _cli.WriteRecipe(Recipes.NoteRecipe.Recipe(1200));

        var (code, output, errors) = await RunAsync("recipe", "run", recipe, "--data-path", DataPath);

        Assert.Equal(0, code);
        Assert.Contains("step 2 (Content): 1,200 of 1,200 items", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', output + errors);
    }

    [Fact]
    public async Task RecipeRun_UnknownOnConflictMode_ExitsTwoBeforeOpeningTheSite()
    {
        var recipe = _cli.WriteRecipe(TestRecipes.Setup);

        var (code, _, errors) = await RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--on-conflict", "theirs");

        Assert.Equal(2, code);
        Assert.Contains("theirs", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(DataPath));
    }

    [Fact]
    public async Task RecipeRun_MapOwnerToAUserTheSiteLacks_ExitsTwoNamingTheOption()
    {
        await _cli.SetUpEmptySiteAsync();
        var recipe = _cli.WriteRecipe(Recipes.NoteRecipe.Recipe(1));

        var (code, _, errors) = await RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--map-owner", "staging-editor=nobody");

        Assert.Equal(2, code);
        Assert.Contains("--map-owner", errors, StringComparison.Ordinal);
        Assert.Contains("no user 'nobody'", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeRun_Strict_FailsOnUnknownStep()
    {
        await _cli.SetUpEmptySiteAsync();
        var recipe = _cli.WriteRecipe("""{ "name": "Unknown", "steps": [ { "name": "Layers", "Layers": [] } ] }""");

        var lenient = await RunAsync("recipe", "run", recipe, "--data-path", DataPath);
        var strict = await RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--strict");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("skipped", lenient.Output, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public async Task RecipeRun_InvalidJson_ExitsOneWithLineAndColumn()
    {
        var recipe = _cli.WriteRecipe("{ \"name\": \"Broken\",\n  \"steps\": [ { ] }");

        var (code, _, errors) = await RunAsync("recipe", "run", recipe, "--data-path", DataPath);

        Assert.Equal(1, code);
        Assert.Contains("line 2", errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownSubcommand_ExitsTwoWithUsage()
    {
        var (code, output, errors) = await RunAsync("recipe", "walk");

        Assert.Equal(2, code);
        Assert.Contains("'walk'", errors, StringComparison.Ordinal);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("setup", "--admin-password")]
    [InlineData("recipe run", "--param")]
    [InlineData("export", "--as-setup")]
    public async Task Help_OnEachVerb_ListsItsOptionsAndExitsZero(string verb, string option)
    {
        var (code, output, _) = await RunAsync([.. verb.Split(' '), "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Contains(option, output, StringComparison.Ordinal);
        Assert.Contains("--data-path", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Verb_ListsEveryVerb()
    {
        var (code, output, _) = await RunAsync("help");

        Assert.Equal(0, code);
        Assert.Contains("setup", output, StringComparison.Ordinal);
        Assert.Contains("recipe", output, StringComparison.Ordinal);
        Assert.Contains("export", output, StringComparison.Ordinal);
    }
}

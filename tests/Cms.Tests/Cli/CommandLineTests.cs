using System.Text.Json.Nodes;
using Cms.Tests.Support;
using Cms.Web.Cli;

namespace Cms.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cms-cli-tests", Guid.NewGuid().ToString("n"));

    private string DataPath => Path.Combine(_folder, "data");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private static async Task<(int? ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CommandLine.TryRunAsync(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task NoVerb_ReturnsNullSoTheServerStarts()
    {
        var (code, _, _) = await RunAsync("--urls", "http://127.0.0.1:0");

        Assert.Null(code);
    }

    [Fact]
    public async Task Export_DataPathThatCannotBeCreated_PrintsOneLineAndExits1()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "file");
        await File.WriteAllTextAsync(file, "not a folder");

        var (code, _, errors) = await RunAsync("export", "--data-path", Path.Combine(file, "data"));

        Assert.Equal(1, code);
        var line = Assert.Single(errors.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("cannot be written", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_WithRecipeAndAdmin_SetsUpAndSecondRunChangesNothing()
    {
        var recipe = TestRecipes.WriteTo(_folder, TestRecipes.Setup);

        var first = await RunAsync("setup", "--data-path", DataPath, "--recipe", recipe, "--admin-user", "ops", "--admin-email", "ops@example.org", "--admin-password", "Secret-passw0rd");
        var second = await RunAsync("setup", "--data-path", DataPath, "--recipe", recipe, "--admin-password", "Secret-passw0rd");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Administrator: ops <ops@example.org>", first.Output, StringComparison.Ordinal);
        Assert.Contains("[3] Content", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already set up", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_ShortAdminPassword_FailsNamingTheOptionAndSetsNothingUp()
    {
        var recipe = TestRecipes.WriteTo(_folder, TestRecipes.Setup);

        var refused = await RunAsync("setup", "--data-path", DataPath, "--recipe", recipe, "--admin-password", "admin123");
        var retried = await RunAsync("setup", "--data-path", DataPath, "--recipe", recipe, "--admin-password", "Secret-passw0rd");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--admin-password", refused.Output, StringComparison.Ordinal);
        Assert.Contains("at least 12 characters", refused.Output, StringComparison.Ordinal);
        Assert.Equal(0, retried.ExitCode);
        Assert.DoesNotContain("already set up", retried.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_WithoutPassword_PrintsTheGeneratedOneOnce()
    {
        var recipe = TestRecipes.WriteTo(_folder, TestRecipes.Setup);

        var (code, output, _) = await RunAsync("setup", "--data-path", DataPath, "--recipe", recipe);

        Assert.Equal(0, code);
        Assert.Contains("Generated administrator password", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeRun_PrintsStepsAndSummary_ThenExportContainsTheItems()
    {
        var recipe = TestRecipes.WriteTo(_folder, TestRecipes.Setup);
        var exportFile = Path.Combine(_folder, "export.recipe.json");

        var run = await RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--param", "AdminUserId=4ops00000000000000000000001", "--param", "AdminUsername=ops");
        var export = await RunAsync("export", "--data-path", DataPath, "--types", "Note", "--content", "--definitions", "--out", exportFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[2] ContentDefinition", run.Output, StringComparison.Ordinal);
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
        var recipe = TestRecipes.WriteTo(_folder, """{ "name": "Bad", "steps": [ { "name": "Settings", "SiteName": "[js: variables('missing')]" } ] }""");

        var (code, _, errors) = await RunAsync("recipe", "run", recipe, "--data-path", DataPath);

        Assert.Equal(1, code);
        Assert.Contains("step 0 'Settings'", errors, StringComparison.Ordinal);
        Assert.Contains("missing", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecipeRun_Strict_FailsOnUnknownStep()
    {
        var recipe = TestRecipes.WriteTo(_folder, """{ "name": "Unknown", "steps": [ { "name": "Layers", "Layers": [] } ] }""");

        var lenient = await RunAsync("recipe", "run", recipe, "--data-path", DataPath);
        var strict = await RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--strict");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("skipped", lenient.Output, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public async Task RecipeRun_InvalidJson_ExitsOneWithLineAndColumn()
    {
        var recipe = TestRecipes.WriteTo(_folder, "{ \"name\": \"Broken\",\n  \"steps\": [ { ] }");

        var (code, _, errors) = await RunAsync("recipe", "run", recipe, "--data-path", DataPath);

        Assert.Equal(1, code);
        Assert.Contains("line 2", errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownOption_ExitsTwoWithUsage()
    {
        var (code, _, errors) = await RunAsync("recipe", "walk");

        Assert.Equal(2, code);
        Assert.Contains("Usage:", errors, StringComparison.Ordinal);
    }
}

using System.Text.Json.Nodes;

namespace Cms.Tests.Cli;

/// <summary>Operators' mistakes on the command line are refused with exit 2 before anything is created or changed.</summary>
public sealed class CommandLineMistakesTests : IDisposable
{
    private const string RegionRecipe = """
        { "name": "Regional", "parameters": [ "Region" ],
          "steps": [ { "name": "Settings", "SiteName": "[js: 'Office ' + parameters('Region')]" } ] }
        """;

    private readonly CliTestFolder _cli = new();

    private string DataPath => _cli.DataPath;

    public void Dispose() => _cli.Dispose();

    private static Task<(int? ExitCode, string Output, string Errors)> RunAsync(params string[] args) => CliTestFolder.RunAsync(args);

    [Fact]
    public async Task RecipeRun_MisspeltDataPathOption_ExitsTwoSuggestingDataPath()
    {
        var recipe = _cli.WriteRecipe(RegionRecipe);

        var (code, output, errors) = await RunAsync("recipe", "run", recipe, "--data-pth", DataPath, "--param", "Region=EU");

        Assert.Equal(2, code);
        Assert.Contains("'--data-pth'", errors, StringComparison.Ordinal);
        Assert.Matches(@"Did you mean[^\n]*\n--data-path", output);
        Assert.False(Directory.Exists(DataPath));
    }

    [Fact]
    public async Task Export_UnknownOption_ExitsTwoSuggestingTheKnownOne()
    {
        var (code, output, errors) = await RunAsync("export", "--data-path", DataPath, "--type", "Letter");

        Assert.Equal(2, code);
        Assert.Contains("'--type'", errors, StringComparison.Ordinal);
        Assert.Matches(@"Did you mean[^\n]*\n--types", output);
        Assert.False(Directory.Exists(DataPath));
    }

    [Fact]
    public async Task RecipeRun_UndeclaredParam_ExitsTwoNamingItAndTheDeclaredOnes()
    {
        await _cli.SetUpEmptySiteAsync();
        var recipe = _cli.WriteRecipe(RegionRecipe);

        var (code, output, errors) = await RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--param", "Regoin=EU");

        Assert.Equal(2, code);
        Assert.Contains("--param 'Regoin' is not a parameter of recipe 'Regional'. Did you mean 'Region'?", errors, StringComparison.Ordinal);
        Assert.Contains("It declares 'Region'", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Running recipe", output, StringComparison.Ordinal);
        Assert.Equal("Empty", await SiteNameAsync());
    }

    [Fact]
    public async Task RecipeRun_ParamOnRecipeDeclaringNone_ExitsTwoListingTheSiteOnes()
    {
        var recipe = _cli.WriteRecipe("""{ "name": "Plain", "steps": [] }""");

        var (code, _, errors) = await RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--param", "Sitename=x");

        Assert.Equal(2, code);
        Assert.Contains("Did you mean 'SiteName'?", errors, StringComparison.Ordinal);
        Assert.Contains("It declares none", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(DataPath));
    }

    [Fact]
    public async Task RecipeRun_DeclaredParamMissing_ExitsTwoNamingIt()
    {
        await _cli.SetUpEmptySiteAsync();
        var recipe = _cli.WriteRecipe(RegionRecipe);

        var (code, _, errors) = await RunAsync("recipe", "run", recipe, "--data-path", DataPath);

        Assert.Equal(2, code);
        Assert.Contains("declares 'Region' with no value: add --param Region=VALUE", errors, StringComparison.Ordinal);
        Assert.Equal("Empty", await SiteNameAsync());
    }

    [Fact]
    public async Task RecipeRun_DeclaredParamGiven_ReachesTheRecipe()
    {
        await _cli.SetUpEmptySiteAsync();
        var recipe = _cli.WriteRecipe(RegionRecipe);

        var (code, output, errors) = await RunAsync("recipe", "run", recipe, "--data-path", DataPath, "--param", "Region=EU");

        Assert.True(code == 0, output + errors);
        Assert.Equal("Office EU", await SiteNameAsync());
    }

    [Theory]
    [InlineData("recipe run")]
    [InlineData("export")]
    public async Task Verb_DataPathWithoutSite_ExitsTwoAndCreatesNothing(string verb)
    {
        var recipe = _cli.WriteRecipe("""{ "name": "Plain", "steps": [] }""");
        string[] args = verb == "export" ? ["export"] : ["recipe", "run", recipe];

        var (code, _, errors) = await RunAsync([.. args, "--data-path", DataPath]);

        Assert.Equal(2, code);
        Assert.Contains($"No site at '{DataPath}'", errors, StringComparison.Ordinal);
        Assert.Contains("setup", errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(DataPath));
    }

    [Fact]
    public async Task Export_EmptyExistingFolder_ExitsTwoAndLeavesItEmpty()
    {
        Directory.CreateDirectory(DataPath);

        var (code, _, errors) = await RunAsync("export", "--data-path", DataPath);

        Assert.Equal(2, code);
        Assert.Contains("holds no cms.db", errors, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(DataPath));
    }

    [Fact]
    public async Task Export_DatabaseNeverSetUp_ExitsTwoSayingSo()
    {
        Directory.CreateDirectory(DataPath);
        await File.WriteAllBytesAsync(Path.Combine(DataPath, "cms.db"), []);

        var (code, output, errors) = await RunAsync("export", "--data-path", DataPath);

        Assert.Equal(2, code);
        Assert.Contains("never set up", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("\"steps\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_EmptyFolder_CreatesTheSite()
    {
        await _cli.SetUpEmptySiteAsync();

        Assert.True(File.Exists(Path.Combine(DataPath, "cms.db")));
        Assert.Equal("Empty", await SiteNameAsync());
    }

    private async Task<string?> SiteNameAsync()
    {
        var file = Path.Combine(_cli.Folder, "settings.recipe.json");
        var (code, output, errors) = await RunAsync("export", "--data-path", DataPath, "--settings", "--out", file);
        Assert.True(code == 0, output + errors);
        var steps = JsonNode.Parse(await File.ReadAllTextAsync(file))!["steps"]!.AsArray();
        return steps.Single(s => (string?)s!["name"] == "Settings")!["SiteName"]?.GetValue<string>();
    }
}

using Cms.Tests.Support;
using Cms.Web.Cli;

namespace Cms.Tests.Cli;

/// <summary>A temp folder for one command-line test: runs verbs in-process and sets a small site up when asked.</summary>
public sealed class CliTestFolder : IDisposable
{
    /// <summary>The smallest setup recipe: a site with settings and nothing else.</summary>
    public const string EmptySiteRecipe = """{ "name": "EmptySite", "issetuprecipe": true, "steps": [ { "name": "Settings", "SiteName": "Empty" } ] }""";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cms-cli-tests", Guid.NewGuid().ToString("n"));

    public string DataPath => Path.Combine(Folder, "data");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    public static async Task<(int? ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CommandLine.TryRunAsync(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    /// <summary>Sets a site up in <see cref="DataPath"/> from <see cref="EmptySiteRecipe"/>.</summary>
    public async Task SetUpEmptySiteAsync()
    {
        var recipe = TestRecipes.WriteTo(Folder, EmptySiteRecipe, "empty-site.recipe.json");
        var (code, output, errors) = await RunAsync("setup", "--data-path", DataPath, "--recipe", recipe, "--admin-password", "Secret-passw0rd");
        Assert.True(code == 0, output + errors);
    }

    public string WriteRecipe(string json) => TestRecipes.WriteTo(Folder, json);
}

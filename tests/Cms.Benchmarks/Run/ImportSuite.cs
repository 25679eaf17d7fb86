using System.Globalization;
using System.Text.Json;
using Cms.Benchmarks.Import;

namespace Cms.Benchmarks.Run;

/// <summary>
/// The recipe import: for each size, a fresh site (schema and analyses only) imports one recipe of that many
/// Letters in a child process, which reports items/s and its own peak RSS. The recipe picks that site's analyses.
/// </summary>
internal static class ImportSuite
{
    public static async Task<ImportFigures> RunAsync(BenchmarkPaths paths, int letters)
    {
        var count = letters.ToString(CultureInfo.InvariantCulture);
        var folder = Path.Combine(paths.Artifacts, "import");
        var site = Path.Combine(folder, $"site-{count}");
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }

        await paths.RunSelfAsync(["generate", "--data", site, "--count", "0"], TimeSpan.FromMinutes(2));
        var recipe = Path.Combine(folder, $"letters-{count}.recipe.json");
        await paths.RunSelfAsync(["make-recipe", "--count", count, "--out", recipe, "--analyses-from", site], TimeSpan.FromMinutes(5));

        var output = await paths.RunSelfAsync(["import", "--data", site, "--recipe", recipe], TimeSpan.FromMinutes(20));
        // The host may log JSON lines to the same output; the figures are the line that carries them.
        var line = output.Split('\n').FirstOrDefault(l => l.Contains("\"ItemsPerSecond\"", StringComparison.Ordinal))
            ?? throw new BenchmarkException("The import printed no figures.");
        return JsonSerializer.Deserialize<ImportFigures>(line) ?? throw new BenchmarkException("The import printed no figures.");
    }
}

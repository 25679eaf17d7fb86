using System.Globalization;
using System.Text.Json;
using Cms.Benchmarks.Import;

namespace Cms.Benchmarks.Run;

/// <summary>
/// The recipe import: for each size, fresh sites (schema and analyses only) import one recipe of that many Letters
/// in a child process, which reports items/s and its own peak RSS: once in a new process (what one `recipe run`
/// costs, compiling included) and once in a process that has already imported the same recipe into a throw-away
/// copy (the pace of a running server). The recipe picks that site's analyses.
/// </summary>
internal static class ImportSuite
{
    public static async Task<IReadOnlyList<ImportFigures>> RunAsync(BenchmarkPaths paths, int letters)
    {
        var count = letters.ToString(CultureInfo.InvariantCulture);
        var folder = Path.Combine(paths.Artifacts, "import");
        var template = await FreshSiteAsync(paths, Path.Combine(folder, $"site-{count}"));
        var recipe = Path.Combine(folder, $"letters-{count}.recipe.json");
        await paths.RunSelfAsync(["make-recipe", "--count", count, "--out", recipe, "--analyses-from", template], TimeSpan.FromMinutes(5));

        var figures = new List<ImportFigures>();
        foreach (var warm in new[] { false, true })
        {
            var site = await FreshSiteAsync(paths, Path.Combine(folder, $"site-{count}-{(warm ? "warm" : "cold")}"));
            List<string> arguments = ["import", "--data", site, "--recipe", recipe];
            if (warm)
            {
                arguments.AddRange(["--warm-up-recipe", recipe]);
            }

            var output = await paths.RunSelfAsync([.. arguments], TimeSpan.FromMinutes(20));
            // The host may log JSON lines to the same output; the figures are the line that carries them.
            var line = output.Split('\n').FirstOrDefault(l => l.Contains("\"ItemsPerSecond\"", StringComparison.Ordinal))
                ?? throw new BenchmarkException("The import printed no figures.");
            figures.Add(JsonSerializer.Deserialize<ImportFigures>(line) ?? throw new BenchmarkException("The import printed no figures."));
        }

        return figures;
    }

    private static async Task<string> FreshSiteAsync(BenchmarkPaths paths, string site)
    {
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }

        await paths.RunSelfAsync(["generate", "--data", site, "--count", "0"], TimeSpan.FromMinutes(2));
        return site;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Cms.Benchmarks.Data;
using Cms.Core.Content;
using Cms.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Benchmarks.Import;

/// <summary>
/// <c>import</c>: runs a recipe on a set-up site the way <c>cms recipe run</c> does (read, then run in one
/// transaction) and prints a JSON line: items, seconds (read and run), items/s, and this process's peak RSS.
/// With <c>--warm-up-recipe</c> the process first imports that recipe into a throw-away copy of the site, so the
/// figure is the import's own pace in a running process (a server's), without the first run's compiling.
/// </summary>
internal static class RecipeImport
{
    public static async Task<int> RunAsync(BenchmarkArguments args)
    {
        var dataPath = Path.GetFullPath(args.Required("data"));
        var recipePath = Path.GetFullPath(args.Required("recipe"));
        var warmUp = args.Value("warm-up-recipe") is { } warmUpRecipe ? Path.GetFullPath(warmUpRecipe) : null;
        if (warmUp is not null)
        {
            await WarmUpAsync(dataPath, warmUp);
        }

        await using var app = await CmsSite.OpenAsync(dataPath);
        var baseline = ProcessMemory.CurrentRssBytes(Environment.ProcessId) ?? 0;
        var (items, readSeconds, seconds) = await ImportAsync(app.Services.GetRequiredService<RecipeRunner>(), recipePath);
        var report = new ImportFigures(items, readSeconds, seconds, items / seconds, ProcessMemory.SelfPeakRssBytes(), baseline, warmUp is not null);
        Console.WriteLine(JsonSerializer.Serialize(report));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported {items} items in {report.Seconds:0.0} s ({report.ItemsPerSecond:0} items/s{(warmUp is null ? "" : ", warm process")}), " +
            $"peak RSS {ProcessMemory.Megabytes(report.PeakRssBytes)}"));
        return 0;
    }

    private static async Task<(int Items, double ReadSeconds, double Seconds)> ImportAsync(RecipeRunner runner, string recipePath)
    {
        var stopwatch = Stopwatch.StartNew();
        var recipe = await RecipeReader.ReadFileAsync(recipePath, CancellationToken.None);
        var readSeconds = stopwatch.Elapsed.TotalSeconds;
        var result = await runner.RunAsync(recipe, new RecipeRunRequest { Actor = new ContentActor(null, CmsSite.AdminUserName) }, CancellationToken.None);
        return (result.Steps.Sum(s => s.Counts.GetValueOrDefault("items")), readSeconds, stopwatch.Elapsed.TotalSeconds);
    }

    private static async Task WarmUpAsync(string dataPath, string recipePath)
    {
        var copy = dataPath + ".warm-up";
        CopyFolder(dataPath, copy);
        try
        {
            await using var app = await CmsSite.OpenAsync(copy);
            await ImportAsync(app.Services.GetRequiredService<RecipeRunner>(), recipePath);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

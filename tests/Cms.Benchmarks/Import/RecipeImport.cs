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
/// </summary>
internal static class RecipeImport
{
    public static async Task<int> RunAsync(BenchmarkArguments args)
    {
        var dataPath = Path.GetFullPath(args.Required("data"));
        var recipePath = Path.GetFullPath(args.Required("recipe"));
        await using var app = await CmsSite.OpenAsync(dataPath);
        var runner = app.Services.GetRequiredService<RecipeRunner>();
        var baseline = ProcessMemory.CurrentRssBytes(Environment.ProcessId) ?? 0;

        var stopwatch = Stopwatch.StartNew();
        var recipe = await RecipeReader.ReadFileAsync(recipePath, CancellationToken.None);
        var readSeconds = stopwatch.Elapsed.TotalSeconds;
        var result = await runner.RunAsync(recipe, new RecipeRunRequest { Actor = new ContentActor(null, CmsSite.AdminUserName) }, CancellationToken.None);
        stopwatch.Stop();

        var items = result.Steps.Sum(s => s.Counts.GetValueOrDefault("items"));
        var report = new ImportFigures(items, readSeconds, stopwatch.Elapsed.TotalSeconds,
            items / stopwatch.Elapsed.TotalSeconds, ProcessMemory.SelfPeakRssBytes(), baseline);
        Console.WriteLine(JsonSerializer.Serialize(report));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported {items} items in {report.Seconds:0.0} s ({report.ItemsPerSecond:0} items/s), peak RSS {ProcessMemory.Megabytes(report.PeakRssBytes)}"));
        return 0;
    }
}

using System.Diagnostics;
using System.Globalization;
using Cms.Benchmarks.Data;
using Cms.Benchmarks.Import;
using Cms.Benchmarks.Load;

namespace Cms.Benchmarks.Run;

/// <summary>
/// <c>run</c>: data folders (generated once, reused while their manifest matches), the load runs against the
/// Release server, the growth runs, the server-side list times and the recipe import; then one table.
/// </summary>
internal static class BenchmarkRunner
{
    public static async Task<int> RunAsync(BenchmarkArguments args)
    {
        var quick = args.Has("quick");
        var repository = BenchmarkPaths.FindRepository(args.Value("repo"));
        var paths = new BenchmarkPaths(repository, Path.GetFullPath(args.Value("artifacts") ?? Path.Combine(repository, "artifacts", "bench")));
        var sizes = (args.Value("sizes") ?? (quick ? "1000" : "1000,10000,100000"))
            .Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
        var wrk = new WrkRunner(Path.Combine(paths.Artifacts, "wrk"),
            TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(args.Int("seconds", quick ? 5 : 20)));
        var elapsed = Stopwatch.StartNew();
        var table = new ResultTable();
        var load = Load();
        var report = new GoalReport(table, sizes);

        foreach (var size in sizes)
        {
            var (dataPath, manifest, reused) = await EnsureDataAsync(paths, size);
            table.Add("generate (content store)", size, notes: string.Create(CultureInfo.InvariantCulture,
                $"{manifest.ItemsPerSecond:0} items/s, peak RSS {ProcessMemory.Megabytes(manifest.PeakRssBytes)}{(reused ? " (folder reused)" : "")}"));
            Console.Error.WriteLine($"Load at {size} letters");
            var figures = await new LoadSuite(paths, wrk).RunAsync(dataPath, manifest, full: size == sizes[^1]);
            var timing = await ServerTiming.MeasureAsync(paths, dataPath, manifest, quick ? 20 : 100);
            report.Add(size, figures, timing);
        }

        foreach (var size in quick ? [1000] : new[] { 2000, 10_000 })
        {
            Console.Error.WriteLine($"Recipe import of {size} letters");
            foreach (var figures in await ImportSuite.RunAsync(paths, size))
            {
                report.AddImport(figures);
            }
        }

        report.Finish(wrk, load, Load(), elapsed.Elapsed);
        var text = table.Render();
        Console.WriteLine(text);
        await File.WriteAllTextAsync(Path.Combine(paths.Artifacts, quick ? "results-quick.md" : "results-full.md"), text);
        return 0;
    }

    /// <summary>A data folder of <paramref name="letters"/> letters, generated unless a matching one exists.</summary>
    /// <param name="paths">Where folders live.</param>
    /// <param name="letters">How many letters.</param>
    /// <param name="translateEvery">When above zero: letters are English and every n-th has a French translation (a folder of its own).</param>
    public static async Task<(string Path, DataManifest Manifest, bool Reused)> EnsureDataAsync(BenchmarkPaths paths, int letters, int translateEvery = 0)
    {
        var dataPath = paths.DataFolder(letters) + (translateEvery > 0 ? $"-fr{translateEvery.ToString(CultureInfo.InvariantCulture)}" : "");
        if (DataManifest.TryRead(dataPath) is { } existing && existing.Letters == letters)
        {
            return (dataPath, existing, true);
        }

        if (Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }

        Console.Error.WriteLine($"Generating {letters} letters into {dataPath}");
        Console.Error.Write(await paths.RunSelfAsync(["generate", "--data", dataPath, "--count", letters.ToString(CultureInfo.InvariantCulture),
            "--translate-every", translateEvery.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromMinutes(30)));
        return (dataPath, DataManifest.TryRead(dataPath) ?? throw new BenchmarkException("The generator wrote no manifest."), false);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

using System.Diagnostics;
using System.Globalization;
using Cms.Benchmarks.Load;
using Cms.Benchmarks.Run;

namespace Cms.Benchmarks.Nodes;

/// <summary>
/// <c>nodes</c>: two server processes on one store, with Redis and with polling only. Through node A it publishes items
/// (POST /api/content) and adds content types (a recipe); it times how long after A's answer node B serves the change
/// (the item in a GraphQL answer, the type in the schema). Content is read from the store on every request, so its delay
/// is one request; the schema is a process-local cache, so its delay is what change notices (or the poll) cost.
/// </summary>
internal static class PublishDelayBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments options)
    {
        var repository = BenchmarkPaths.FindRepository(options.Value("repo"));
        var paths = new BenchmarkPaths(repository, Path.GetFullPath(options.Value("artifacts") ?? Path.Combine(repository, "artifacts", "bench")),
            options.Value("server"));
        var publishes = options.Int("publishes", 200);
        var typeEdits = options.Int("types", 50);
        var pollMilliseconds = options.Int("poll", 1000);

        var redisPort = ChildProcess.FreePort();
        var redisFolder = Path.Combine(paths.Artifacts, "nodes", "redis");
        Directory.CreateDirectory(redisFolder);
        await using var redis = ChildProcess.Start("redis-server",
            ["--port", redisPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", redisFolder, "--save", "", "--appendonly", "no"],
            redisFolder);
        Console.WriteLine($"Publish-to-visible across two nodes: {publishes} publishes and {typeEdits} type edits per mode, poll {pollMilliseconds} ms.");
        Console.WriteLine("| mode | change | p50 ms | p99 ms | max ms |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: |");
        foreach (var (mode, redisConfiguration) in new[] { ("Redis", $"127.0.0.1:{redisPort}"), ("polling only", (string?)null) })
        {
            await using var pair = await NodePair.StartAsync(paths, redisConfiguration, pollMilliseconds);
            Report(mode, "item published (GraphQL)", await TimePublishesAsync(pair, publishes));
            Report(mode, "type added (schema)", await TimeTypeEditsAsync(pair, typeEdits, pollMilliseconds));
        }

        return 0;
    }

    private static async Task<List<double>> TimePublishesAsync(NodePair pair, int count)
    {
        var delays = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var title = $"Bench {i} {Guid.NewGuid():n}";
            await pair.PublishOnAAsync(title);
            var watch = Stopwatch.StartNew();
            while (!(await pair.GraphQLOnBAsync()).Contains(title, StringComparison.Ordinal))
            {
                GiveUpAfter(watch, title);
                await Task.Delay(2);
            }

            delays.Add(watch.Elapsed.TotalMilliseconds);
        }

        return delays;
    }

    private static async Task<List<double>> TimeTypeEditsAsync(NodePair pair, int count, int pollMilliseconds)
    {
        var delays = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            // Edits back to back would each start just after the poll that saw the last one: a random pause unlocks the phase.
            await Task.Delay(Random.Shared.Next(pollMilliseconds));
            var type = "Bench" + Guid.NewGuid().ToString("n")[..10];
            await pair.AddTypeOnAAsync(type);
            var watch = Stopwatch.StartNew();
            while (!await pair.SchemaOnBHasAsync(type))
            {
                GiveUpAfter(watch, type);
                await Task.Delay(2);
            }

            delays.Add(watch.Elapsed.TotalMilliseconds);
        }

        return delays;
    }

    private static void GiveUpAfter(Stopwatch watch, string change)
    {
        if (watch.Elapsed > TimeSpan.FromSeconds(30))
        {
            throw new BenchmarkException($"Node B did not serve '{change}' within 30 s.");
        }
    }

    private static void Report(string mode, string change, List<double> delays)
    {
        delays.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {mode} | {change} | {Percentile(delays, 0.50):0.0} | {Percentile(delays, 0.99):0.0} | {delays[^1]:0.0} |"));
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}

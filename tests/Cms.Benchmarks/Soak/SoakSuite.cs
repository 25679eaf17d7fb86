using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cms.Benchmarks.Data;
using Cms.Benchmarks.Load;
using Cms.Benchmarks.Run;

namespace Cms.Benchmarks.Soak;

/// <summary>
/// <c>soak</c>: 50 connections read (Q1-Q4, round robin) while a writer grows a copy of the store fivefold; each interval
/// prints the reads' p99 and count, the server's RSS and the letters stored. Bounded by --minutes; loopback only. The
/// copy is deleted afterwards, so the generated folder stays as it was for other runs.
/// </summary>
internal static class SoakSuite
{
    public static async Task<int> RunAsync(BenchmarkArguments args)
    {
        var repository = BenchmarkPaths.FindRepository(args.Value("repo"));
        var paths = new BenchmarkPaths(repository, Path.GetFullPath(args.Value("artifacts") ?? Path.Combine(repository, "artifacts", "bench")),
            args.Value("server"));
        var letters = args.Int("letters", 2000);
        var connections = args.Int("connections", 50);
        var interval = TimeSpan.FromSeconds(args.Int("interval", 60));
        var limit = TimeSpan.FromMinutes(args.Int("minutes", 5));
        var (source, manifest, _) = await BenchmarkRunner.EnsureDataAsync(paths, letters);
        var dataPath = Path.Combine(paths.Artifacts, "soak");
        CopyFolder(source, dataPath);
        try
        {
            var (server, url) = await Servers.StartCmsAsync(paths, dataPath, logRequests: false);
            await using (server)
            {
                var requests = Requests(manifest);
                await using var writer = paths.StartSelf(["grow", "--data", dataPath, "--count", (letters * (args.Int("growth", 5) - 1)).ToString(CultureInfo.InvariantCulture)]);
                var table = await ReadWhileGrowingAsync(url, server, writer, requests, connections, interval, limit);
                Console.WriteLine(table);
                await File.WriteAllTextAsync(Path.Combine(paths.Artifacts, "results-soak.md"), table);
            }
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }

        return 0;
    }

    private static async Task<string> ReadWhileGrowingAsync(string url, ChildProcess server, ChildProcess writer,
        IReadOnlyList<LoadRequest> requests, int connections, TimeSpan interval, TimeSpan limit)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { Timeout = TimeSpan.FromSeconds(60) };
        var times = new ConcurrentQueue<double>();
        var errors = 0;
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, connections).Select(reader => Task.Run(async () =>
        {
            for (var i = reader; !stop.IsCancellationRequested; i++)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await SendAsync(client, url, requests[i % requests.Count]))
                {
                    Interlocked.Increment(ref errors);
                }

                times.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToList();

        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Soak: {connections} connections reading Q1-Q4 while a writer grows the store")
            .AppendLine()
            .AppendLine("| minute | letters | reads | read p50 ms | read p99 ms | errors | server RSS MB |")
            .AppendLine("|---|---|---|---|---|---|---|");
        var elapsed = Stopwatch.StartNew();
        var grown = false;
        while (!grown && elapsed.Elapsed < limit)
        {
            await Task.Delay(interval);
            grown = writer.HasExited;
            var sample = Drain(times);
            var total = await TotalAsync(client, url);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"| {elapsed.Elapsed.TotalMinutes:0.0} | {total} | {sample.Count} | {Percentile(sample, 0.50):0.0} | {Percentile(sample, 0.99):0.0} | " +
                $"{Interlocked.Exchange(ref errors, 0)} | {ProcessMemory.Megabytes(ProcessMemory.CurrentRssBytes(server.Id))} |");
            Console.Error.WriteLine(line);
            table.AppendLine(line);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        return table.AppendLine().AppendLine(grown ? "The writer finished." : $"Stopped after {limit.TotalMinutes:0} minutes; writer: {writer.Output.Trim()}").ToString();
    }

    private static IReadOnlyList<LoadRequest> Requests(DataManifest manifest) =>
    [
        LoadRequest.PostJson(BenchmarkQueries.GraphQLPath, BenchmarkQueries.Body(BenchmarkQueries.Q1)),
        LoadRequest.PostJson(BenchmarkQueries.GraphQLPath, BenchmarkQueries.Body(BenchmarkQueries.Q2,
            new System.Text.Json.Nodes.JsonObject { ["path"] = manifest.SamplePath })),
        LoadRequest.PostJson(BenchmarkQueries.GraphQLPath, BenchmarkQueries.Body(BenchmarkQueries.Q3(manifest.SearchWord))),
        LoadRequest.PostJson(BenchmarkQueries.GraphQLPath, BenchmarkQueries.Body(BenchmarkQueries.Q4)),
    ];

    private static async Task<bool> SendAsync(HttpClient client, string url, LoadRequest request)
    {
        try
        {
            using var content = new StringContent(request.Body!, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri(url + request.PathAndQuery), content);
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task<string> TotalAsync(HttpClient client, string url)
    {
        using var content = new StringContent(BenchmarkQueries.Body("{ letterConnection { totalCount } }"), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(url + BenchmarkQueries.GraphQLPath), content);
        var answer = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return answer?["data"]?["letterConnection"]?["totalCount"]?.ToJsonString() ?? "?";
    }

    private static List<double> Drain(ConcurrentQueue<double> times)
    {
        var sample = new List<double>();
        while (times.TryDequeue(out var time))
        {
            sample.Add(time);
        }

        sample.Sort();
        return sample;
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(sorted.Count * fraction) - 1)];

    private static void CopyFolder(string source, string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}

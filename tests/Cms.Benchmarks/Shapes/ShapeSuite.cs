using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cms.Benchmarks.Data;
using Cms.Benchmarks.Load;
using Cms.Benchmarks.Run;

namespace Cms.Benchmarks.Shapes;

/// <summary>
/// <c>shapes</c>: every query shape at each store size: median and p95 of single requests sent one at a time (client
/// side, loopback, after a warm-up), then requests/s at 20 connections with wrk. A shape whose answer is an error is
/// reported as such, never timed.
/// </summary>
internal static class ShapeSuite
{
    private const int WarmUp = 5;
    private const int Connections = 20;

    public static async Task<int> RunAsync(BenchmarkArguments args)
    {
        var repository = BenchmarkPaths.FindRepository(args.Value("repo"));
        var paths = new BenchmarkPaths(repository, Path.GetFullPath(args.Value("artifacts") ?? Path.Combine(repository, "artifacts", "bench")),
            args.Value("server"));
        var sizes = (args.Value("sizes") ?? "1000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
        var samples = args.Int("samples", 40);
        var wrk = new WrkRunner(Path.Combine(paths.Artifacts, "wrk"), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(args.Int("seconds", 5)), Connections);
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Query shapes ({paths.Server}); load average {Load()} at start")
            .AppendLine()
            .AppendLine("| shape | letters | store MB | median ms | p95 ms | req/s @20 |")
            .AppendLine("|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var (dataPath, manifest, _) = await BenchmarkRunner.EnsureDataAsync(paths, size);
            var storeMegabytes = new FileInfo(Path.Combine(dataPath, "cms.db")).Length / (1024.0 * 1024.0);
            Console.Error.WriteLine($"Shapes at {size} letters ({storeMegabytes:0} MB)");
            var (server, url) = await Servers.StartCmsAsync(paths, dataPath, logRequests: false);
            await using (server)
            {
                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
                var cookie = await AdminSignIn.CookieHeaderAsync(url, CmsSite.AdminUserName, CmsSite.AdminPassword);
                foreach (var shape in await ShapeRequests.BuildAsync(url, cookie, manifest, client))
                {
                    table.AppendLine(await MeasureAsync(shape, url, client, wrk, samples, size, storeMegabytes));
                }
            }
        }

        var text = table.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Load average at end: {Load()}").ToString();
        Console.WriteLine(text);
        await File.WriteAllTextAsync(Path.Combine(paths.Artifacts, "results-shapes.md"), text);
        return 0;
    }

    /// <summary>One table row: median and p95 one at a time, then requests/s at 20 connections (an error answer is reported, not timed).</summary>
    internal static async Task<string> MeasureAsync(
        QueryShape shape, string url, HttpClient client, WrkRunner wrk, int samples, int size, double storeMegabytes)
    {
        var row = $"| {shape.Name}{(shape.LinearByNature ? " (linear by nature)" : "")} | {size:N0} | {storeMegabytes:0} |";
        var (status, body) = await SendAsync(client, url, shape.Request);
        if (status >= 400 || body.Contains("\"errors\"", StringComparison.Ordinal))
        {
            return $"{row} error {status}: {body[..Math.Min(body.Length, 120)].Replace("|", "/", StringComparison.Ordinal)} | | |";
        }

        var times = new List<double>();
        for (var i = 0; i < WarmUp + samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await SendAsync(client, url, shape.Request);
            if (i >= WarmUp)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        times.Sort();
        var median = times[times.Count / 2];
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        Console.Error.WriteLine($"  {shape.Name}: median {median:0.00} ms");
        var load = await wrk.RunAsync($"shape-{size}-{Slug(shape.Name)}", url, shape.Request);
        return string.Create(CultureInfo.InvariantCulture, $"{row} {median:0.00} | {p95:0.00} | {load.RequestsPerSecond:0} |");
    }

    private static async Task<(int Status, string Body)> SendAsync(HttpClient client, string url, LoadRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(url + request.PathAndQuery));
        foreach (var (name, value) in request.Headers.Where(h => h.Key != "Content-Type"))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(message);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Slug(string name) => new([.. name.Select(c => char.IsLetterOrDigit(c) ? c : '-')]);

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

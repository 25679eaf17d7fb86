using System.Diagnostics;
using System.Globalization;
using System.Text;
using Cms.Benchmarks.Data;
using Cms.Benchmarks.Load;
using Cms.Benchmarks.Run;

namespace Cms.Benchmarks.Images;

/// <summary>
/// <c>images</c>: resized-image requests against the Release server. Cold: each of N different 4,000 px photos
/// resized once (to 1024 px WebP) by 8 concurrent clients, with the server's peak RSS; cached: wrk at 8
/// connections cycling through the same N URLs, all answered from the disk cache.
/// </summary>
internal static class ImageBenchmark
{
    private const int Connections = 8;
    private const string Query = "?width=1024&format=webp";

    public static async Task<int> RunAsync(BenchmarkArguments args)
    {
        var repository = BenchmarkPaths.FindRepository(args.Value("repo"));
        var paths = new BenchmarkPaths(repository, Path.GetFullPath(args.Value("artifacts") ?? Path.Combine(repository, "artifacts", "bench")));
        var count = args.Int("photos", 100);
        var dataPath = Path.Combine(paths.Artifacts, "data", string.Create(CultureInfo.InvariantCulture, $"images-{count}"));
        var photos = PhotoGenerator.Ensure(Path.Combine(dataPath, "media"), count);
        var cache = Path.Combine(dataPath, "media-cache");
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }

        var (server, url) = await Servers.StartCmsAsync(paths, dataPath, logRequests: false);
        await using (server)
        {
            var idle = ProcessMemory.CurrentRssBytes(server.Id);
            var cold = await ColdAsync(url, photos);
            var peak = ProcessMemory.PeakRssBytes(server.Id);
            var wrk = new WrkRunner(Path.Combine(paths.Artifacts, "wrk"), TimeSpan.FromSeconds(2),
                TimeSpan.FromSeconds(args.Int("seconds", 10)), Connections);
            var cached = await wrk.RunScriptAsync("images-cached", url, CyclingScript(photos));
            var table = new ResultTable();
            table.Add($"resize cold: {PhotoGenerator.Width:N0} px JPEG -> 1024 px WebP, {Connections} clients", count, cold,
                notes: $"server RSS idle {ProcessMemory.Megabytes(idle)}, peak {ProcessMemory.Megabytes(peak)}; {Environment.ProcessorCount} cores");
            table.Add($"resize cached: same URLs, wrk {Connections} connections", count, cached.RequestsPerSecond, cached.P50Ms, cached.P99Ms,
                notes: $"{cached.Requests:N0} requests");
            var text = table.Render();
            Console.WriteLine(text);
            await File.WriteAllTextAsync(Path.Combine(paths.Artifacts, "results-images.md"), text);
        }

        return 0;
    }

    /// <summary>Requests every photo once, <see cref="Connections"/> at a time; checks each answer; returns requests per second.</summary>
    private static async Task<double> ColdAsync(string url, IReadOnlyList<string> photos)
    {
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < photos.Count; i = Interlocked.Increment(ref next))
            {
                using var response = await client.GetAsync("/media/" + photos[i] + Query);
                var body = await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "image/webp" || body.Length < 100)
                {
                    throw new BenchmarkException($"{photos[i]}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 300)))}");
                }
            }
        }));
        return photos.Count / clock.Elapsed.TotalSeconds;
    }

    private static string CyclingScript(IReadOnlyList<string> photos)
    {
        var lua = new StringBuilder("local paths = {\n");
        foreach (var photo in photos)
        {
            lua.Append("  \"/media/").Append(photo).Append(Query).Append("\",\n");
        }

        return lua.Append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n").ToString();
    }
}

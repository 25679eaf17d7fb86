using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cms.Benchmarks.Data;
using Cms.Benchmarks.Load;

namespace Cms.Benchmarks.Run;

/// <summary>
/// Server-side time of single requests, one at a time on an idle server: the duration ASP.NET Core's hosting
/// layer logs for each request ("Request finished ... 12.3ms"), on a server started with that log on (and
/// used for nothing else, so the log costs no throughput figure).
/// </summary>
internal static partial class ServerTiming
{
    private const int WarmUp = 10;

    public static async Task<Dictionary<string, (double Median, double P95)>> MeasureAsync(
        BenchmarkPaths paths, string dataPath, DataManifest manifest, int samples)
    {
        var (server, url) = await Servers.StartCmsAsync(paths, dataPath, logRequests: true);
        await using (server)
        {
            var cookie = await AdminSignIn.CookieHeaderAsync(url, CmsSite.AdminUserName, CmsSite.AdminPassword);
            using var checks = new AnswerChecks(manifest);
            var requests = new (string Name, LoadRequest Request)[]
            {
                ("Admin", await checks.AdminListAsync(url, cookie)),
                ("Q1", (await checks.Q1Async(url, baseline: false, expected: null)).Request),
                ("Q3", await checks.Q3Async(url)),
            };
            using var client = new HttpClient();
            var results = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
            foreach (var (name, request) in requests)
            {
                await Task.Delay(500);
                var before = Durations(server.Output).Count;
                for (var i = 0; i < WarmUp + samples; i++)
                {
                    using var response = await client.SendAsync(ToMessage(url, request));
                    await response.Content.ReadAsByteArrayAsync();
                }

                var times = await WaitForDurationsAsync(server, before + WarmUp + samples);
                results[name] = Summary(times.Skip(before + WarmUp).ToList());
            }

            return results;
        }
    }

    private static HttpRequestMessage ToMessage(string url, LoadRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(url + request.PathAndQuery));
        foreach (var (name, value) in request.Headers.Where(h => h.Key != "Content-Type"))
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8, "application/json");
        }

        return message;
    }

    private static async Task<List<double>> WaitForDurationsAsync(ChildProcess server, int count)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var durations = Durations(server.Output);
            if (durations.Count >= count || waited.Elapsed > TimeSpan.FromSeconds(10))
            {
                return durations.Count >= count ? durations : throw new BenchmarkException("The server logged fewer requests than were sent.");
            }

            await Task.Delay(100);
        }
    }

    private static List<double> Durations(string log) =>
        [.. FinishedLine().Matches(log).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    private static (double Median, double P95) Summary(List<double> times)
    {
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]);
    }

    [GeneratedRegex(@"Request finished HTTP/\S+ \S+ http://\S+ - .* ([0-9.]+)ms\s*$", RegexOptions.Multiline)]
    private static partial Regex FinishedLine();
}

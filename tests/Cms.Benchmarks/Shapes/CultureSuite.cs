using System.Globalization;
using System.Text;
using Cms.Benchmarks.Load;
using Cms.Benchmarks.Run;

namespace Cms.Benchmarks.Shapes;

/// <summary>
/// <c>cultures</c>: Q1 (newest 20 letters) without a culture and with <c>culture: "fr", fallback: ["en"]</c>, on stores whose
/// letters are English and a third of them also French. The goal: the culture costs at most half again Q1's time.
/// </summary>
internal static class CultureSuite
{
    private const int TranslateEvery = 3;

    private const string Q1Culture = "query NewestInFrench { letter(first: 20, orderBy: { sentDate: DESC }, culture: \"fr\", fallback: [\"en\"]) " +
        "{ displayText path sentDate recipient } }";

    public static async Task<int> RunAsync(BenchmarkArguments args)
    {
        var repository = BenchmarkPaths.FindRepository(args.Value("repo"));
        var paths = new BenchmarkPaths(repository, Path.GetFullPath(args.Value("artifacts") ?? Path.Combine(repository, "artifacts", "bench")),
            args.Value("server"));
        var sizes = (args.Value("sizes") ?? "1000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
        var wrk = new WrkRunner(Path.Combine(paths.Artifacts, "wrk"), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(args.Int("seconds", 5)), 20);
        var table = new StringBuilder()
            .AppendLine("Q1 by culture (English letters, a third also in French)")
            .AppendLine()
            .AppendLine("| shape | letters | store MB | median ms | p95 ms | req/s @20 |")
            .AppendLine("|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            var (dataPath, _, _) = await BenchmarkRunner.EnsureDataAsync(paths, size, TranslateEvery);
            var storeMegabytes = new FileInfo(Path.Combine(dataPath, "cms.db")).Length / (1024.0 * 1024.0);
            var (server, url) = await Servers.StartCmsAsync(paths, dataPath, logRequests: false);
            await using (server)
            {
                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
                foreach (var (name, query) in new[] { ("Q1", BenchmarkQueries.Q1), ("Q1 culture fr, fallback en", Q1Culture) })
                {
                    var shape = new QueryShape(name, LoadRequest.PostJson(BenchmarkQueries.GraphQLPath, BenchmarkQueries.Body(query)));
                    table.AppendLine(await ShapeSuite.MeasureAsync(shape, url, client, wrk, args.Int("samples", 40), size, storeMegabytes));
                }
            }
        }

        var text = table.ToString();
        Console.WriteLine(text);
        await File.WriteAllTextAsync(Path.Combine(paths.Artifacts, "results-cultures.md"), text);
        return 0;
    }
}

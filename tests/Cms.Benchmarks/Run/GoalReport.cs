using System.Globalization;
using Cms.Benchmarks.Data;
using Cms.Benchmarks.Import;
using Cms.Benchmarks.Load;

namespace Cms.Benchmarks.Run;

/// <summary>Turns the figures into the table's rows and, under it, each goal of the benchmark issues with where we stand.</summary>
internal sealed class GoalReport
{
    private static readonly (string Name, string Label)[] LoadRows =
    [
        ("B1", "B1 baseline: newest 20 (raw SQL)"), ("Q1", "Q1 newest 20 by sentDate"), ("B2", "B2 baseline: letter by path"),
        ("Q2", "Q2 letter by path + htmlBody"), ("Q3", "Q3 displayText_contains (5%)"), ("Q4", "Q4 relations + terms (N+1 trap)"),
        ("Q5", "Q5 persisted GET, If-None-Match"), ("Admin", "admin content list page"),
    ];

    private readonly ResultTable _table;
    private readonly IReadOnlyList<int> _sizes;
    private readonly Dictionary<int, (LoadFigures Load, Dictionary<string, (double Median, double P95)> Server)> _bySize = [];
    private readonly List<ImportFigures> _imports = [];

    public GoalReport(ResultTable table, IReadOnlyList<int> sizes)
    {
        _table = table;
        _sizes = sizes;
    }

    public void Add(int size, LoadFigures load, Dictionary<string, (double Median, double P95)> server)
    {
        _bySize[size] = (load, server);
        var first = _bySize[_sizes[0]];
        foreach (var (name, label) in LoadRows)
        {
            if (load[name] is not { } result)
            {
                continue;
            }

            var ratio = name switch
            {
                "Q1" or "Q5" => ResultTable.Ratio(result.RequestsPerSecond, load["B1"]?.RequestsPerSecond ?? 0) + (load["B1"] is null ? "" : " of B1"),
                "Q2" => ResultTable.Ratio(result.RequestsPerSecond, load["B2"]?.RequestsPerSecond ?? 0) + (load["B2"] is null ? "" : " of B2"),
                "Q4" => ResultTable.Ratio(load["Q1"]?.RequestsPerSecond ?? 0, result.RequestsPerSecond) + " Q1/Q4",
                _ => "",
            };
            var notes = server.TryGetValue(name, out var time)
                ? string.Create(CultureInfo.InvariantCulture, $"server {time.Median:0.00} ms median, {time.P95:0.00} p95 (one at a time)")
                : "";
            if (size != _sizes[0] && first.Server.TryGetValue(name, out var small) && server.TryGetValue(name, out var big))
            {
                ratio = ResultTable.Ratio(big.Median, small.Median) + $" of {_sizes[0]:N0}";
            }

            _table.Add(label + (result.Errors > 0 ? $" ({result.Errors} errors)" : ""), size, result.RequestsPerSecond, result.P50Ms, result.P99Ms, ratio, notes);
        }

        foreach (var (name, sizes) in load.Sizes)
        {
            _table.Add($"{name} answer bytes: plain / br / gzip", size, notes: string.Create(CultureInfo.InvariantCulture,
                $"{sizes.Plain:N0} / {sizes.Brotli:N0} ({Saved(sizes.Brotli, sizes.Plain)}) / {sizes.Gzip:N0} ({Saved(sizes.Gzip, sizes.Plain)})"));
        }

        _table.Add("server peak RSS (VmHWM)", size, notes: ProcessMemory.Megabytes(load.ServerPeakRssBytes));
    }

    private static string Saved(long compressed, long plain) =>
        plain == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{(plain - compressed) * 100.0 / plain:0}% saved");

    public void AddImport(ImportFigures import)
    {
        _imports.Add(import);
        _table.Add($"recipe import, one Content step ({(import.WarmProcess ? "warm" : "new")} process)", import.Items, notes: string.Create(CultureInfo.InvariantCulture,
            $"{import.ItemsPerSecond:0} items/s ({import.Seconds:0.0} s, of which {import.ReadSeconds:0.0} s reading), " +
            $"peak RSS {ProcessMemory.Megabytes(import.PeakRssBytes)} (start {ProcessMemory.Megabytes(import.StartRssBytes)})"));
    }

    public void Finish(WrkRunner wrk, string loadBefore, string loadAfter, TimeSpan elapsed)
    {
        var (load, server) = _bySize[_sizes[^1]];
        var small = _bySize[_sizes[0]].Server;
        double Rps(string name) => load[name]?.RequestsPerSecond ?? 0;
        _table.Note($"Goals (at {_sizes[^1]:N0} letters):");
        Goal("Q1 >= 60% of baseline req/s", Rps("Q1") >= 0.6 * Rps("B1"), ResultTable.Ratio(Rps("Q1"), Rps("B1")));
        Goal("Q2 >= 60% of baseline req/s", Rps("Q2") >= 0.6 * Rps("B2"), ResultTable.Ratio(Rps("Q2"), Rps("B2")));
        Goal("Q4 within 2x of Q1", Rps("Q4") * 2 >= Rps("Q1"), ResultTable.Ratio(Rps("Q1"), Rps("Q4")));
        Goal("Q5 >= baseline req/s", Rps("Q5") >= Rps("B1"), ResultTable.Ratio(Rps("Q5"), Rps("B1")));
        foreach (var name in new[] { "Q1", "Q2", "Q3", "Q4" })
        {
            Goal($"{name} p99 < 50 ms at 50 connections", load[name]?.P99Ms < 50, $"{load[name]?.P99Ms:0.0} ms");
        }

        foreach (var name in _sizes.Count > 1 ? new[] { "Q1", "Q3" } : [])
        {
            Goal($"{name} latency at {_sizes[^1]:N0} within 1.5x of {_sizes[0]:N0} (server median)",
                server[name].Median <= 1.5 * small[name].Median, ResultTable.Ratio(server[name].Median, small[name].Median));
        }

        Goal("admin list page < 50 ms server time", server["Admin"].Median < 50, $"{server["Admin"].Median:0.0} ms median");
        Goal("server peak RSS < 300 MB under load", load.ServerPeakRssBytes < 300L * 1024 * 1024, ProcessMemory.Megabytes(load.ServerPeakRssBytes));
        if (_imports.Count > 0)
        {
            foreach (var import in _imports.Where(i => i.Items == _imports.Max(m => m.Items)))
            {
                Goal($"recipe import >= 5,000 items/s ({import.Items:N0} items, {(import.WarmProcess ? "warm" : "new")} process)",
                    import.ItemsPerSecond >= 5000, $"{import.ItemsPerSecond:0} items/s");
            }
        }

        _table.Note($"wrk {WrkRunner.Threads} threads, {WrkRunner.Connections} connections, {wrk.WarmUp.TotalSeconds:0} s warm-up discarded, " +
            $"{wrk.Measured.TotalSeconds:0} s measured; server = src/Cms.Web Release on 127.0.0.1; load average before {loadBefore}, after {loadAfter}; " +
            $"{Environment.ProcessorCount} cores; run took {elapsed.TotalMinutes:0.0} min.");
    }

    private void Goal(string goal, bool met, string figure) => _table.Note($"- {(met ? "met   " : "MISSED")} {goal}: {figure}");
}

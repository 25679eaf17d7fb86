using System.Globalization;

namespace Cms.Benchmarks.Load;

/// <summary>
/// Loads one URL with wrk (a separate process): 2 threads, 50 connections unless told otherwise, a warm-up run whose figures are
/// discarded, then the measured run. Every run is bounded by its duration plus a margin.
/// </summary>
internal sealed class WrkRunner
{
    private readonly string _scriptFolder;
    private readonly TimeSpan _warmUp;
    private readonly TimeSpan _measured;
    private readonly int _connections;

    public WrkRunner(string scriptFolder, TimeSpan warmUp, TimeSpan measured, int connections = Connections)
    {
        _scriptFolder = scriptFolder;
        _warmUp = warmUp;
        _measured = measured;
        _connections = connections;
        Directory.CreateDirectory(scriptFolder);
    }

    public const int Threads = 2;

    public const int Connections = 50;

    public TimeSpan Measured => _measured;

    public TimeSpan WarmUp => _warmUp;

    public Task<WrkResult> RunAsync(string name, string baseUrl, LoadRequest request) => RunScriptAsync(name, baseUrl, request.ToLua());

    /// <summary>Loads with a wrk Lua script of the caller's (e.g. one that cycles through many paths).</summary>
    public async Task<WrkResult> RunScriptAsync(string name, string baseUrl, string lua)
    {
        var script = Path.Combine(_scriptFolder, name + ".lua");
        await File.WriteAllTextAsync(script, lua);
        if (_warmUp > TimeSpan.Zero)
        {
            await WrkAsync(baseUrl, script, _warmUp);
        }

        var output = await WrkAsync(baseUrl, script, _measured);
        await File.WriteAllTextAsync(Path.Combine(_scriptFolder, name + ".txt"), output);
        var result = WrkResult.Parse(output);
        // Only 2xx and 3xx (Q5's 304) answers count: a failing request is fast, and must not pass for a result.
        if (result.NonSuccess > 0)
        {
            throw new BenchmarkException($"{name}: {result.NonSuccess} of {result.Requests} answers were not 2xx/3xx:\n{output}");
        }

        return result;
    }

    private Task<string> WrkAsync(string baseUrl, string script, TimeSpan duration) =>
        ChildProcess.RunAsync("wrk",
            [
                "-t", Threads.ToString(CultureInfo.InvariantCulture), "-c", _connections.ToString(CultureInfo.InvariantCulture),
                "-d", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s", "--timeout", "5s", "--latency",
                "-s", script, baseUrl,
            ],
            Environment.CurrentDirectory, duration + TimeSpan.FromSeconds(30));
}

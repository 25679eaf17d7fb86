using System.Globalization;

namespace Cms.Benchmarks.Load;

/// <summary>
/// Loads one URL with wrk (a separate process): 2 threads, 50 connections, a warm-up run whose figures are
/// discarded, then the measured run. Every run is bounded by its duration plus a margin.
/// </summary>
internal sealed class WrkRunner
{
    private readonly string _scriptFolder;
    private readonly TimeSpan _warmUp;
    private readonly TimeSpan _measured;

    public WrkRunner(string scriptFolder, TimeSpan warmUp, TimeSpan measured)
    {
        _scriptFolder = scriptFolder;
        _warmUp = warmUp;
        _measured = measured;
        Directory.CreateDirectory(scriptFolder);
    }

    public const int Threads = 2;

    public const int Connections = 50;

    public TimeSpan Measured => _measured;

    public TimeSpan WarmUp => _warmUp;

    public async Task<WrkResult> RunAsync(string name, string baseUrl, LoadRequest request)
    {
        var script = Path.Combine(_scriptFolder, name + ".lua");
        await File.WriteAllTextAsync(script, request.ToLua());
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

    private static Task<string> WrkAsync(string baseUrl, string script, TimeSpan duration) =>
        ChildProcess.RunAsync("wrk",
            [
                "-t", Threads.ToString(CultureInfo.InvariantCulture), "-c", Connections.ToString(CultureInfo.InvariantCulture),
                "-d", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s", "--timeout", "5s", "--latency",
                "-s", script, baseUrl,
            ],
            Environment.CurrentDirectory, duration + TimeSpan.FromSeconds(30));
}

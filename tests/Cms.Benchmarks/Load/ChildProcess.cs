using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Cms.Benchmarks.Data;

namespace Cms.Benchmarks.Load;

/// <summary>
/// A server or tool started by the benchmark: its output is kept (for errors and request logs), it is
/// stopped by its own id when disposed, and its peak RSS is read from /proc while it runs.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ChildProcess Start(string fileName, IEnumerable<string> args, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new BenchmarkException($"Could not start {fileName}.");
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs a command to its end (bounded by <paramref name="timeout"/>) and returns its output; throws on a non-zero exit.</summary>
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        await using var child = Start(fileName, args, workingDirectory);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await child._process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new BenchmarkException($"{Path.GetFileName(fileName)} did not finish within {timeout.TotalSeconds:0} s.\n{child.Output}");
        }

        child._process.WaitForExit();
        if (child._process.ExitCode != 0)
        {
            throw new BenchmarkException($"{Path.GetFileName(fileName)} {string.Join(' ', args)} failed ({child._process.ExitCode}):\n{child.Output}");
        }

        return child.Output;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits (at most 60 s) until GET <paramref name="healthUrl"/> answers 200.</summary>
    public async Task WaitUntilHealthyAsync(string healthUrl)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new BenchmarkException($"The server exited ({_process.ExitCode}) before it was ready:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(healthUrl));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new BenchmarkException($"The server at {healthUrl} was not healthy within 60 s:\n{Output}");
    }

    public long? PeakRssBytes() => _process.HasExited ? null : ProcessMemory.PeakRssBytes(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

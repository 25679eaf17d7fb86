using System.Diagnostics;
using System.Text;

namespace Cms.Tests.Cluster;

/// <summary>
/// A real server process (the built Cms.Web.dll on Kestrel at 127.0.0.1 and a free port) with its output kept for the
/// test to read; killed on dispose.
/// </summary>
public sealed class ServerNode : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerNode(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, line) => Append(line.Data);
        _process.ErrorDataReceived += (_, line) => Append(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything the process wrote so far (standard output and error), line by line.</summary>
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

    public static ServerNode Start(IEnumerable<string> settings)
    {
        var port = Support.RedisServer.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "Cms.Web.dll"), "--urls", $"http://127.0.0.1:{port}", .. settings])
        {
            start.ArgumentList.Add(arg);
        }

        return new ServerNode(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200 (setup done, store reachable).</summary>
    public async Task WaitReadyAsync(HttpClient client, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The node at {BaseAddress} exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "health/ready"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
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

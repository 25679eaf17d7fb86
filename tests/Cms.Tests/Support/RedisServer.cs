using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cms.Tests.Support;

/// <summary>
/// A real Debian <c>redis-server</c> on 127.0.0.1 at a free port with its own temp folder, installed on first use when
/// missing; stopped (and its folder deleted) on dispose. <see cref="Kill"/> and <see cref="StartAsync"/> simulate an outage.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string BinaryPath = "/usr/bin/redis-server";

    // Fixtures of several classes start at once: one installation for the process, or the second apt-get finds dpkg locked.
    private static readonly Lazy<Task> Installed = new(InstallAsync);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cms-redis-tests", Guid.NewGuid().ToString("n"));
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>What <c>Cms:Redis:Configuration</c> is set to; short timeouts so an outage is noticed quickly.</summary>
    public string Configuration => $"127.0.0.1:{Port},connectTimeout=1000,syncTimeout=5000,asyncTimeout=5000,connectRetry=1";

    public static async Task<RedisServer> StartNewAsync()
    {
        await Installed.Value;
        var server = new RedisServer(FreePort());
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts (again) on the same port; returns once it accepts connections.</summary>
    public async Task StartAsync()
    {
        Directory.CreateDirectory(_folder);
        var start = new ProcessStartInfo(BinaryPath) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
                     "--dir", _folder, "--save", "", "--appendonly", "no"])
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Ends the server at once, as a crash would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }

        return ValueTask.CompletedTask;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task InstallAsync()
    {
        if (File.Exists(BinaryPath))
        {
            return;
        }

        using var install = Process.Start(new ProcessStartInfo("bash",
            ["-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=300 redis-server"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = install.StandardOutput.ReadToEndAsync();
        var errors = await install.StandardError.ReadToEndAsync();
        await install.WaitForExitAsync();
        if (install.ExitCode != 0 || !File.Exists(BinaryPath))
        {
            throw new InvalidOperationException($"Installing redis-server failed ({install.ExitCode}): {errors}{await output}");
        }
    }
}

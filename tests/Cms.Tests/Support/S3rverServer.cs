using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.S3;
using Amazon.S3.Model;
using Cms.Core.Media.S3;

namespace Cms.Tests.Support;

/// <summary>
/// A real S3-compatible server for the tests: s3rver from npm (installed once into a cache folder when missing, Node.js
/// from Debian's packages when that is missing), on 127.0.0.1, a free port and a temp folder; stopped and its folder
/// deleted on dispose. Its fixed keys are S3RVER / S3RVER.
/// </summary>
public sealed class S3rverServer : IAsyncDisposable
{
    public const string Version = "3.7.1";
    public const string AccessKey = "S3RVER";

    private static readonly Lazy<Task<string>> Installed = new(InstallAsync);

    private readonly Process _process;
    private readonly string _folder;

    private S3rverServer(Process process, string folder, Uri serviceUrl)
    {
        _process = process;
        _folder = folder;
        ServiceUrl = serviceUrl;
    }

    public Uri ServiceUrl { get; }

    public static async Task<S3rverServer> StartAsync()
    {
        var script = await Installed.Value;
        var folder = Path.Combine(Path.GetTempPath(), "cms-s3rver", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var start = new ProcessStartInfo("node", [script, "-d", folder, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new S3rverServer(process, folder, new Uri($"http://127.0.0.1:{port}"));
        await server.WaitUntilListeningAsync(port);
        return server;
    }

    public S3MediaOptions Options(string bucket) => new()
    {
        BucketName = bucket,
        ServiceUrl = ServiceUrl,
        AccessKeyId = AccessKey,
        SecretAccessKey = AccessKey,
    };

    public AmazonS3Client Client() => S3ClientFactory.Create(Options("unused"));

    /// <summary>A new empty bucket with a unique name.</summary>
    public async Task<string> CreateBucketAsync()
    {
        var name = "cms-" + Guid.NewGuid().ToString("n")[..20];
        using var client = Client();
        await client.PutBucketAsync(new PutBucketRequest { BucketName = name });
        return name;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"s3rver exited with {_process.ExitCode} before it listened on port {port}.");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"s3rver did not listen on port {port} within 30 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>s3rver's command line script, installed with npm into a cache folder shared by test runs.</summary>
    private static async Task<string> InstallAsync()
    {
        var cache = Path.Combine(Path.GetTempPath(), "cms-test-tools", "s3rver-" + Version);
        var script = Path.Combine(cache, "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            await EnsureNodeAsync();
            Directory.CreateDirectory(cache);
            var (exitCode, output) = await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--no-save", "--prefix", cache, "s3rver@" + Version]);
            if (exitCode != 0 || !File.Exists(script))
            {
                throw new InvalidOperationException($"npm install s3rver@{Version} into {cache} failed ({exitCode}):\n{output}");
            }
        }

        await DecodeCopySourceAsync(Path.Combine(cache, "node_modules", "s3rver", "lib", "controllers", "object.js"));
        return script;
    }

    /// <summary>
    /// s3rver decodes CopyObject's x-amz-copy-source with decodeURI, which leaves "%2F" alone; the AWS SDK for .NET
    /// encodes the whole "bucket/key" (as S3's API reference asks), so every copy fails with NoSuchBucket. AWS S3,
    /// MinIO and R2 decode it fully; this makes s3rver do the same (its open pull request 797 proposes this line).
    /// </summary>
    private static async Task DecodeCopySourceAsync(string controller)
    {
        const string Buggy = "decodeURI(ctx.headers['x-amz-copy-source'])";
        const string Fixed = "decodeURIComponent(ctx.headers['x-amz-copy-source'])";
        var source = await File.ReadAllTextAsync(controller);
        if (source.Contains(Fixed, StringComparison.Ordinal))
        {
            return;
        }

        if (!source.Contains(Buggy, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"s3rver {Version}'s copy-source decoding was not found in {controller}; check whether it is still needed.");
        }

        await File.WriteAllTextAsync(controller, source.Replace(Buggy, Fixed, StringComparison.Ordinal));
    }

    /// <summary>Debian's nodejs and npm when missing (the tests run as root, as the browser tests' Chromium install does).</summary>
    private static async Task EnsureNodeAsync()
    {
        if ((await RunAsync("bash", ["-c", "command -v node && command -v npm"])).ExitCode == 0)
        {
            return;
        }

        var (exitCode, output) = await RunAsync("bash",
            ["-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=300 nodejs npm"]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Node.js and npm are needed for s3rver and installing them with apt-get failed ({exitCode}): {output}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string command, string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}

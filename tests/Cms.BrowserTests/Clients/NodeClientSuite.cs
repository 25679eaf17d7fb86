using System.Diagnostics;
using System.Security.Cryptography;

namespace Cms.BrowserTests.Clients;

/// <summary>
/// The Node.js client suite in tests/clients: installs its exact dependencies with <c>npm ci</c> (once per process, and
/// not at all while node_modules was installed from the same package-lock.json), then runs <c>node --test</c> against a
/// server given by URL. Node.js and npm come from Debian's packages when missing, as Chromium does for the browser tests.
/// </summary>
internal static class NodeClientSuite
{
    private const string LockStampFile = ".cms-package-lock.sha256";

    private static readonly Lazy<Task> Installed = new(InstallAsync);

    public static string Folder { get; } = FindFolder();

    /// <summary>Runs <c>node --test</c> (with <paramref name="arguments"/>) and answers node's exit code and its whole output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string serverUrl, params string[] arguments)
    {
        await Installed.Value;
        var start = new ProcessStartInfo("node", ["--test", .. arguments]) { WorkingDirectory = Folder };
        start.Environment["CMS_URL"] = serverUrl;
        return await RunProcessAsync(start);
    }

    /// <summary>A file of an installed package (axe-core's script, for the accessibility journeys), installing first.</summary>
    public static async Task<string> InstalledFileAsync(string relativePath)
    {
        await Installed.Value;
        return Path.Combine(Folder, "node_modules", relativePath);
    }

    /// <summary>Fails with node's whole output unless every test passed.</summary>
    public static void AssertPassed((int ExitCode, string Output) run)
    {
        Assert.True(run.ExitCode == 0, $"node --test in {Folder} failed ({run.ExitCode}):\n{run.Output}");
        Assert.Contains("# fail 0", run.Output, StringComparison.Ordinal);
    }

    private static async Task InstallAsync()
    {
        await EnsureNodeAsync();
        var lockHash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(Folder, "package-lock.json"))));
        var stamp = Path.Combine(Folder, "node_modules", LockStampFile);
        if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp) == lockHash)
        {
            return;
        }

        var (exitCode, output) = await RunProcessAsync(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = Folder });
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {Folder} failed ({exitCode}):\n{output}");
        }

        await File.WriteAllTextAsync(stamp, lockHash);
    }

    /// <summary>Debian's nodejs and npm on first use (we run as root; see the README's development section).</summary>
    private static async Task EnsureNodeAsync()
    {
        if (await IsOnPathAsync("node") && await IsOnPathAsync("npm"))
        {
            return;
        }

        var (exitCode, output) = await RunProcessAsync(new ProcessStartInfo("bash",
            ["-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm"]));
        if (exitCode != 0 || !await IsOnPathAsync("node") || !await IsOnPathAsync("npm"))
        {
            throw new InvalidOperationException($"Node.js and npm are needed for tests/clients and installing them with apt-get failed ({exitCode}): {output}");
        }
    }

    private static async Task<bool> IsOnPathAsync(string command) =>
        (await RunProcessAsync(new ProcessStartInfo("bash", ["-c", $"command -v {command}"]))).ExitCode == 0;

    private static async Task<(int ExitCode, string Output)> RunProcessAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "clients");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/clients/package.json was not found above {AppContext.BaseDirectory}.");
    }
}

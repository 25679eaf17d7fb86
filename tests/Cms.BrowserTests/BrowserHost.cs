using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cms.BrowserTests;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 on a free port with its own temp data folder, and one headless
/// Debian Chromium for all tests of a class. Subclasses say what the site holds.
/// </summary>
public abstract class BrowserHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery";
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    private static readonly Lazy<string> Artifacts = new(() =>
    {
        // Emptied once per test run, so every fixture's screenshots of this run stay side by side.
        var path = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return path;
    });

    private readonly bool _ownsDataPath;

    protected BrowserHost()
        : this(NewDataPath())
    {
        _ownsDataPath = true;
    }

    /// <summary>A host over a data folder the caller owns and deletes: the same site again, as after a restart.</summary>
    protected BrowserHost(string dataPath)
    {
        DataPath = dataPath;
        Directory.CreateDirectory(DataPath);
        ArtifactsPath = Artifacts.Value;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "cms-browser-tests", Guid.NewGuid().ToString("n"));

    public string DataPath { get; }

    /// <summary>Screenshots and failure traces: bin/…/browser-artifacts.</summary>
    public string ArtifactsPath { get; }

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (LaunchesBrowser)
        {
            await EnsureChromiumAsync();
        }

        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        await SeedAsync();
        if (!LaunchesBrowser)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Cms:DataPath", DataPath);
        builder.UseSetting("Cms:Setup:Enabled", "false");
        builder.UseSetting("Cms:DefinitionCacheCheckInterval", "00:00:00");
    }

    /// <summary>False for fixtures whose clients are not a browser (the Node.js client suite): no Chromium is started.</summary>
    protected virtual bool LaunchesBrowser => true;

    /// <summary>Puts the site's data in place once the server runs.</summary>
    protected abstract Task SeedAsync();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsDataPath)
        {
            return;
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner when a file is still held.
        }
    }

    // Both sites' fixtures start at once: one installation for the process, or the second apt-get finds dpkg locked.
    private static readonly Lazy<Task> ChromiumInstalled = new(InstallChromiumAsync);

    private static Task EnsureChromiumAsync() => ChromiumInstalled.Value;

    /// <summary>Debian's Chromium is installed on first use (we run as root; see the README's development section).</summary>
    private static async Task InstallChromiumAsync()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        using var install = Process.Start(new ProcessStartInfo("bash", ["-c", "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = install.StandardOutput.ReadToEndAsync();
        var errors = await install.StandardError.ReadToEndAsync();
        await install.WaitForExitAsync();
        if (install.ExitCode != 0 || !File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Installing chromium failed ({install.ExitCode}): {errors}{await output}");
        }
    }
}

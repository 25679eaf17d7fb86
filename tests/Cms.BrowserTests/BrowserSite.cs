using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cms.BrowserTests;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 on a free port, with its own temp data folder seeded with the
/// browser definitions, an admin and two authors; and one headless Debian Chromium for all tests of a class.
/// </summary>
public sealed class BrowserSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct horse battery";
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public BrowserSite()
    {
        DataPath = Path.Combine(Path.GetTempPath(), "cms-browser-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(DataPath);
        ArtifactsPath = Path.Combine(AppContext.BaseDirectory, "browser-artifacts");
        if (Directory.Exists(ArtifactsPath))
        {
            Directory.Delete(ArtifactsPath, recursive: true);
        }

        Directory.CreateDirectory(ArtifactsPath);
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DataPath { get; }

    /// <summary>Screenshots and failure traces: bin/…/browser-artifacts.</summary>
    public string ArtifactsPath { get; }

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await EnsureChromiumAsync();
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        await SeedAsync();
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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner when a file is still held.
        }
    }

    /// <summary>Debian's Chromium is installed on first use (we run as root; see the README's development section).</summary>
    private static async Task EnsureChromiumAsync()
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

    private async Task SeedAsync()
    {
        var content = Services.GetRequiredService<ContentStore>();
        var passwords = Services.GetRequiredService<UserPasswords>();
        await using var session = await content.OpenSessionAsync(ContentActor.System, CancellationToken.None);
        await session.SaveDefinitionsAsync(BrowserDefinitions.Create(), CancellationToken.None);
        var roles = (await SecurityStore.LoadRolesAsync(session.Storage, CancellationToken.None)).ToList();
        // The Author writes but may not publish: Orchard's Author stereotype without PublishOwnContent.
        roles.Add(new RoleRecord
        {
            Name = "Author",
            Permissions = [.. RoleStereotypes.DefaultPermissions("Author").Where(p => p != "PublishOwnContent"), "AccessAdminPanel", "ViewMediaContent"],
        });
        foreach (var role in roles.Where(r => r.Name == SystemRoles.Anonymous))
        {
            role.Permissions.Add("AccessContentApi");
        }

        await SecurityStore.SaveRolesAsync(session.Storage, roles, CancellationToken.None);
        foreach (var (id, name, role) in Users)
        {
            var user = new UserRecord { UserId = id, UserName = name, Email = $"{name}@example.test", RoleNames = [role] };
            passwords.SetPassword(user, Password);
            await SecurityStore.SaveUserAsync(session.Storage, user, CancellationToken.None);
        }

        var topics = session.New("Topics");
        topics.ContentItemId = BrowserDefinitions.TopicsTaxonomyId;
        topics.DisplayText = "Topics";
        topics.GetOrCreatePart("TitlePart")["Title"] = "Topics";
        var taxonomy = topics.GetOrCreatePart("TaxonomyPart");
        taxonomy["TermContentType"] = "Topic";
        taxonomy["Terms"] = new JsonArray(Term("4topicrights0000000000000t", "Human rights"), Term("4topicclimate000000000000t", "Climate"));
        await session.CreateAsync(topics, VersionOptions.Published, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    private static JsonObject Term(string id, string title) => new()
    {
        ["ContentItemId"] = id,
        ["ContentType"] = "Topic",
        ["DisplayText"] = title,
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["TermPart"] = new JsonObject { ["TaxonomyContentItemId"] = BrowserDefinitions.TopicsTaxonomyId },
    };

    public static readonly (string Id, string Name, string Role)[] Users =
    [
        ("4admin0000000000000000000a", "admin", SystemRoles.Administrator),
        ("4author000000000000000000a", "alice", "Author"),
        ("4author000000000000000000b", "bob", "Author"),
    ];
}

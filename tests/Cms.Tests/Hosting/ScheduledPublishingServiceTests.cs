using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cms.Tests.Scheduling;
using Cms.Tests.Support;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Tests.Hosting;

/// <summary>The background scheduler in the real host: a draft scheduled through the REST API goes live on the host's clock.</summary>
public sealed class ScheduledPublishingServiceTests : IDisposable
{
    private static readonly DateTimeOffset Embargo = new(2025, 1, 6, 9, 30, 0, TimeSpan.Zero);
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "cms-web-tests", Guid.NewGuid().ToString("n"));

    private sealed class Site(string dataPath, DateTimeOffset now) : CmsWebFactory
    {
        public FakeTimeProvider Clock { get; } = new(now);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Both hosts of a test share one data folder: the second is the first restarted.
            builder.UseSetting("Cms:DataPath", dataPath);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner when a file is still held.
        }
    }

    private static JsonObject ScheduledNotice(string title) => new()
    {
        ["ContentType"] = "Notice",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["PublishLaterPart"] = new JsonObject { ["ScheduledPublishUtc"] = "2025-01-06T09:30:00Z" },
    };

    private static async Task<string> PostDraftAsync(Site site, string title)
    {
        var response = await site.Admin().PostAsync(new Uri("/api/content?draft=true", UriKind.Relative), JsonContent.Create(ScheduledNotice(title)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["ContentItemId"]!.GetValue<string>();
    }

    private static async Task<JsonObject?> AnonymousGetAsync(Site site, string id)
    {
        var response = await site.Anonymous().GetAsync(new Uri($"/api/content/{id}", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK ? (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())! : null;
    }

    /// <summary>Lets the scheduler run once more on the site's clock and waits for that run to finish.</summary>
    private static async Task TickAsync(Site site, TimeSpan by)
    {
        var run = site.Services.GetRequiredService<ScheduledPublishingService>().NextRun;
        site.Clock.Advance(by);
        await run.WaitAsync(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task RestDraft_ClockReachesTheTime_AnonymousSeesItWithThatPublishedUtc()
    {
        using var site = new Site(_dataPath, Embargo.AddMinutes(-1));
        await site.SeedAsync(ContentSchedulerTests.Notices());
        var id = await PostDraftAsync(site, "Embargoed statement");

        await TickAsync(site, TimeSpan.FromSeconds(30));
        Assert.Null(await AnonymousGetAsync(site, id));

        await TickAsync(site, TimeSpan.FromSeconds(31));
        await TickAsync(site, TimeSpan.FromSeconds(1));
        var published = await AnonymousGetAsync(site, id);
        Assert.NotNull(published);
        Assert.Equal(Embargo.UtcDateTime, published["PublishedUtc"]!.GetValue<DateTime>().ToUniversalTime());
    }

    [Fact]
    public async Task ServerDownAtTheTime_Restarted_PublishesOnStart()
    {
        string id;
        using (var before = new Site(_dataPath, Embargo.AddMinutes(-10)))
        {
            await before.SeedAsync(ContentSchedulerTests.Notices());
            id = await PostDraftAsync(before, "Embargo while the server was down");
        }

        using var after = new Site(_dataPath, Embargo.AddHours(2));
        _ = after.Services;
        await TickAsync(after, TimeSpan.FromSeconds(1));

        var published = await AnonymousGetAsync(after, id);
        Assert.NotNull(published);
        Assert.Equal(Embargo.UtcDateTime, published["PublishedUtc"]!.GetValue<DateTime>().ToUniversalTime());
    }
}

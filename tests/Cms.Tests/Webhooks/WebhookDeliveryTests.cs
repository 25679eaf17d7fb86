using System.Security.Cryptography;
using System.Text;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;
using Cms.Core.Storage;
using Cms.Core.Webhooks;
using Cms.Tests.Support;
using Cms.Web.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Tests.Webhooks;

/// <summary>Webhooks end to end: the real host writes the outbox with the change, the delivery service POSTs to real local receivers.</summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "a-secret-of-some-length";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "cms-web-tests", Guid.NewGuid().ToString("n"));
    private readonly List<WebhookReceiver> _receivers = [];
    private Site _site = null!;

    private sealed class Site(string dataPath, bool allowPrivateTargets = true) : CmsWebFactory
    {
        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 2, 3, 10, 0, 0, TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:DataPath", dataPath);
            builder.UseSetting("Cms:Webhooks:AllowPrivateTargets", allowPrivateTargets ? "true" : "false");
            builder.UseSetting("Cms:Webhooks:TimeoutSeconds", "5");
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }

        public ContentStore Content => Services.GetRequiredService<ContentStore>();

        /// <summary>Starts what is due and waits for every delivery under way to finish.</summary>
        public async Task DeliverAsync() => await (await Services.GetRequiredService<WebhookDeliveryService>().DispatchDueAsync(None)).WaitAsync(TimeSpan.FromMinutes(1));
    }

    public async Task InitializeAsync()
    {
        _site = new Site(_dataPath);
        await _site.SeedAsync(TestDefinitions.Articles());
    }

    public async Task DisposeAsync()
    {
        foreach (var receiver in _receivers)
        {
            await receiver.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _site.Dispose();
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

    private async Task<WebhookReceiver> ReceiverAsync()
    {
        var receiver = await WebhookReceiver.StartAsync();
        _receivers.Add(receiver);
        return receiver;
    }

    private static async Task RegisterAsync(Site site, string name, Uri url, params string[] contentTypes)
    {
        await using var session = await site.Content.OpenSessionAsync(ContentActor.System, None);
        await WebhookStore.SaveAsync(session.Storage, new WebhookDefinition
        {
            Name = name, Url = url.ToString(), Events = [WebhookEvents.Published], ContentTypes = [.. contentTypes], Secret = Secret,
        }, None);
        await session.SaveChangesAsync(None);
    }

    private static async Task<string> PublishAsync(Site site, string title)
    {
        await using var session = await site.Content.OpenSessionAsync(ContentActor.System, None);
        var item = TestDefinitions.Article(title);
        await session.CreateAsync(item, VersionOptions.Published, None);
        await session.SaveChangesAsync(None);
        return item.ContentItemId;
    }

    private static async Task<IReadOnlyList<WebhookDelivery>> LogAsync(Site site, string webhook)
    {
        await using var session = await site.Content.Documents.OpenReadSessionAsync(None);
        return await WebhookOutbox.ListAsync(session, webhook, 100, None);
    }

    [Fact]
    public async Task Publish_ReceiverAnswers200_GetsOneSignedPayloadAndTheLogSaysDelivered()
    {
        var receiver = await ReceiverAsync();
        await RegisterAsync(_site, "site", receiver.Url, "Article");
        var id = await PublishAsync(_site, "Signed");

        await _site.DeliverAsync();

        var received = await receiver.NextAsync();
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), received.Body));
        Assert.Equal(expected, received.Signature);
        Assert.Equal("content.published", received.Json["event"]!.GetValue<string>());
        Assert.Equal(id, received.Json["contentItemId"]!.GetValue<string>());
        Assert.Equal("Article", received.Json["contentType"]!.GetValue<string>());
        Assert.Contains("/api/graphql?query=", received.Json["graphql"]!.GetValue<string>(), StringComparison.Ordinal);
        var delivery = Assert.Single(await LogAsync(_site, "site"));
        Assert.Equal((WebhookDelivery.Delivered, 200, received.DeliveryId), (delivery.Status, delivery.ResponseCode, delivery.DeliveryId));
        Assert.Equal(1, receiver.Count);
    }

    [Fact]
    public async Task Deliver_ReceiverAnswers500_RetriedAfterTheBackoffWithTheSameDeliveryId()
    {
        var receiver = await ReceiverAsync();
        receiver.AnswerWith(500);
        await RegisterAsync(_site, "flaky", receiver.Url);
        await PublishAsync(_site, "Retried");

        await _site.DeliverAsync();
        var first = await receiver.NextAsync();
        var pending = Assert.Single(await LogAsync(_site, "flaky"));
        Assert.Equal((WebhookDelivery.Pending, 500, 1), (pending.Status, pending.ResponseCode, pending.Attempts));
        Assert.True(pending.NextAttemptUtc > _site.Clock.GetUtcNow().UtcDateTime.AddSeconds(4));

        _site.Clock.Advance(TimeSpan.FromSeconds(11));
        await _site.DeliverAsync();

        var second = await receiver.NextAsync();
        Assert.Equal(first.DeliveryId, second.DeliveryId);
        Assert.Equal(WebhookDelivery.Delivered, Assert.Single(await LogAsync(_site, "flaky")).Status);
    }

    [Fact]
    public async Task Deliver_ReceiverNeverAnswers_TimesOutOnTheClockAndIsRetried()
    {
        var receiver = await ReceiverAsync();
        receiver.AnswerWith([null]);
        await RegisterAsync(_site, "slow", receiver.Url);
        await PublishAsync(_site, "Timed out");

        var under = await _site.Services.GetRequiredService<WebhookDeliveryService>().DispatchDueAsync(None);
        await receiver.NextAsync();
        _site.Clock.Advance(TimeSpan.FromSeconds(6));
        await under.WaitAsync(TimeSpan.FromMinutes(1));
        var timedOut = Assert.Single(await LogAsync(_site, "slow"));
        Assert.Equal(WebhookDelivery.Pending, timedOut.Status);
        Assert.Contains("No answer within 5 s", timedOut.Error, StringComparison.Ordinal);

        _site.Clock.Advance(TimeSpan.FromSeconds(11));
        await _site.DeliverAsync();

        Assert.Equal(WebhookDelivery.Delivered, Assert.Single(await LogAsync(_site, "slow")).Status);
    }

    [Fact]
    public async Task Deliver_OneReceiverDeadAndOneHanging_AnotherStillGetsItsDelivery()
    {
        var dead = await WebhookReceiver.StartAsync();
        var deadUrl = dead.Url;
        await dead.DisposeAsync();
        var hanging = await ReceiverAsync();
        hanging.AnswerWith(null, null, null, null, null);
        var healthy = await ReceiverAsync();
        await RegisterAsync(_site, "dead", deadUrl);
        await RegisterAsync(_site, "hanging", hanging.Url);
        await RegisterAsync(_site, "healthy", healthy.Url);
        await PublishAsync(_site, "Fan-out");

        var under = await _site.Services.GetRequiredService<WebhookDeliveryService>().DispatchDueAsync(None);

        await healthy.NextAsync();
        await hanging.NextAsync();
        // The healthy answer is recorded before the clock moves: advancing it first would time out a slow answer too.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await LogAsync(_site, "healthy")).Single().Status != WebhookDelivery.Delivered)
        {
            await Task.Delay(20, bound.Token);
        }

        Assert.False(under.IsCompleted);
        _site.Clock.Advance(TimeSpan.FromSeconds(6));
        await under.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(WebhookDelivery.Delivered, Assert.Single(await LogAsync(_site, "healthy")).Status);
        Assert.Equal(WebhookDelivery.Pending, Assert.Single(await LogAsync(_site, "dead")).Status);
    }

    [Fact]
    public async Task Recipe_RolledBack_QueuesAndSendsNothing()
    {
        var receiver = await ReceiverAsync();
        await RegisterAsync(_site, "site", receiver.Url);
        var recipe = RecipeReader.Read("""
            { "name": "fails", "steps": [
              { "name": "Content", "data": [ { "ContentItemId": "4rolledback00000000000000r", "ContentType": "Article", "DisplayText": "Rolled back",
                  "Published": true, "Latest": true, "TitlePart": { "Title": "Rolled back" } } ] },
              { "name": "Webhooks", "Webhooks": [ { "Name": "broken", "Url": "not a url", "Events": [ "content.published" ], "Secret": "0123456789abcdef" } ] }
            ] }
            """);

        await Assert.ThrowsAsync<RecipeExecutionException>(() => _site.Services.GetRequiredService<RecipeRunner>()
            .RunAsync(recipe, new RecipeRunRequest { Parameters = TestSite.AdminParameters }, None));
        await _site.DeliverAsync();

        Assert.Empty(await LogAsync(_site, "site"));
        Assert.Equal(0, receiver.Count);
    }

    [Fact]
    public async Task Restart_ServerStoppedAfterTheCommit_DeliversTheOutboxRowOnStart()
    {
        var receiver = await ReceiverAsync();
        await RegisterAsync(_site, "site", receiver.Url);
        var id = await PublishAsync(_site, "Survives a restart");
        _site.Dispose();

        using var restarted = new Site(_dataPath);
        _ = restarted.Services;
        await restarted.DeliverAsync();

        var received = await receiver.NextAsync();
        Assert.Equal(id, received.Json["contentItemId"]!.GetValue<string>());
        Assert.Equal(WebhookDelivery.Delivered, Assert.Single(await LogAsync(restarted, "site")).Status);
    }

    [Fact]
    public async Task Deliver_LoopbackTargetWithoutAllowPrivateTargets_RefusedAndNothingSent()
    {
        var receiver = await ReceiverAsync();
        using var strict = new Site(Path.Combine(_dataPath, "strict"), allowPrivateTargets: false);
        await strict.SeedAsync(TestDefinitions.Articles());
        await RegisterAsync(strict, "internal", receiver.Url);
        await PublishAsync(strict, "Not for the inside");

        await strict.DeliverAsync();

        var refused = Assert.Single(await LogAsync(strict, "internal"));
        Assert.Contains("127.0.0.1 is loopback", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, receiver.Count);
    }
}

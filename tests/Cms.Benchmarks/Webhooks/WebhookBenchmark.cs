using System.Diagnostics;
using System.Globalization;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;
using Cms.Core.Webhooks;
using Cms.Web.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Cms.Benchmarks.Webhooks;

/// <summary>
/// <c>webhooks [--items 1000] [--rounds 3]</c>: the time to publish N items (one write each, as editors and the API do)
/// without webhooks, then with three webhooks registered (two live local receivers, one on a closed port) while the
/// delivery service runs in the same process, as in the server. Prints both medians, the overhead and the delivery rate.
/// </summary>
internal static class WebhookBenchmark
{
    private const string Definitions = """
        { "ContentTypeDefinitionRecords": [ { "Name": "Letter", "DisplayName": "Letter",
            "Settings": { "ContentTypeSettings": { "Draftable": true, "Versionable": true } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} } ] } ] }
        """;

    public static async Task<int> RunAsync(BenchmarkArguments options)
    {
        var items = options.Int("items", 1000);
        var rounds = options.Int("rounds", 3);
        var root = Path.Combine(Path.GetTempPath(), "cms-bench-webhooks", Guid.NewGuid().ToString("n"));
        await using var live = await Receiver.StartAsync();
        await using var dead = await Receiver.StartAsync();
        var deadUrl = dead.Url;
        await dead.DisposeAsync();
        var without = new List<double>();
        var with = new List<double>();
        var rates = new List<double>();
        try
        {
            for (var round = 0; round < rounds; round++)
            {
                without.Add(await PublishAsync(Path.Combine(root, $"plain-{round}"), items, webhooks: null));
                var (seconds, rate) = await PublishWithWebhooksAsync(Path.Combine(root, $"hooked-{round}"), items, live.Url, deadUrl);
                with.Add(seconds);
                rates.Add(rate);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }

        var (plain, hooked) = (Median(without), Median(with));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Publishing {items} items, median of {rounds} rounds:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  without webhooks: {plain:F2} s ({items / plain:F0} items/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  with 3 webhooks (1 receiver down), delivering meanwhile: {hooked:F2} s ({items / hooked:F0} items/s), overhead {(hooked / plain - 1) * 100:F1}% (goal: under 10%)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  deliveries to the two live receivers: {2 * items} in {Median(rates):F0} deliveries/s (from the first publish to the last delivery)"));
        return 0;
    }

    private static async Task<(double Seconds, double Rate)> PublishWithWebhooksAsync(string folder, int items, Uri live, Uri dead)
    {
        var webhooks = new[]
        {
            Hook("site", live), Hook("search", live), Hook("down", dead),
        };
        var store = await OpenAsync(folder);
        var webhookOptions = Options.Create(new WebhookOptions { AllowPrivateTargets = true });
        using var sender = new WebhookSender(webhookOptions, TimeProvider.System);
        using var service = new WebhookDeliveryService(store.Documents, sender, new PeriodicTaskLock(store.Documents, TimeProvider.System, "bench"),
            TimeProvider.System, webhookOptions, NullLogger<WebhookDeliveryService>.Instance);
        await service.StartAsync(CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var seconds = await PublishAsync(store, items, webhooks);
        while (await DeliveredAsync(store.Documents) < 2 * items)
        {
            await Task.Delay(20);
        }

        var rate = 2 * items / clock.Elapsed.TotalSeconds;
        await service.StopAsync(CancellationToken.None);
        return (seconds, rate);
    }

    private static WebhookDefinition Hook(string name, Uri url) => new()
    {
        Name = name, Url = url.ToString(), Events = [WebhookEvents.Published], Secret = "benchmark-secret-0123456789",
    };

    private static async Task<double> PublishAsync(string folder, int items, WebhookDefinition[]? webhooks) =>
        await PublishAsync(await OpenAsync(folder), items, webhooks);

    private static async Task<double> PublishAsync(ContentStore store, int items, WebhookDefinition[]? webhooks)
    {
        if (webhooks is not null)
        {
            await using var setup = await store.OpenSessionAsync(ContentActor.System, CancellationToken.None);
            foreach (var webhook in webhooks)
            {
                await WebhookStore.SaveAsync(setup.Storage, webhook, CancellationToken.None);
            }

            await setup.SaveChangesAsync(CancellationToken.None);
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < items; i++)
        {
            await using var session = await store.OpenSessionAsync(ContentActor.System, CancellationToken.None);
            var item = session.New("Letter");
            item.GetOrCreatePart("TitlePart")["Title"] = $"Letter {i}";
            await session.CreateAsync(item, VersionOptions.Published, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<ContentStore> OpenAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var documents = new DocumentStore(new SqliteDialect(Path.Combine(folder, "cms.db")));
        await documents.InitializeAsync(CancellationToken.None);
        var definitions = new ContentDefinitionStore(documents, TimeProvider.System, TimeSpan.Zero);
        var store = new ContentStore(documents, definitions, ContentKindCatalog.Default, TimeProvider.System);
        await using var session = await store.OpenSessionAsync(ContentActor.System, CancellationToken.None);
        await session.SaveDefinitionsAsync(ContentDefinitionDocument.FromJson(Definitions), CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
        return store;
    }

    private static async Task<int> DeliveredAsync(DocumentStore store)
    {
        await using var session = await store.OpenReadSessionAsync(CancellationToken.None);
        return (await WebhookOutbox.CountByStatusAsync(session, CancellationToken.None)).GetValueOrDefault(WebhookDelivery.Delivered);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    /// <summary>A local receiver answering 200 to every POST.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private bool _disposed;

        private Receiver(WebApplication app, Uri url)
        {
            _app = app;
            Url = url;
        }

        public Uri Url { get; }

        public static async Task<Receiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapPost("/hook", (HttpContext context) => Results.Ok());
            await app.StartAsync();
            return new Receiver(app, new Uri(new Uri(app.Urls.First()), "/hook"));
        }

        public async ValueTask DisposeAsync()
        {
            if (!_disposed)
            {
                _disposed = true;
                await _app.StopAsync();
                await _app.DisposeAsync();
            }
        }
    }
}

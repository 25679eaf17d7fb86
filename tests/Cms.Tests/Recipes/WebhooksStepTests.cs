using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;
using Cms.Core.Storage;
using Cms.Core.Webhooks;
using Cms.Tests.Support;

namespace Cms.Tests.Recipes;

/// <summary>The Webhooks step registers receivers; the outbox gets a row per matching webhook in the change's transaction.</summary>
public sealed class WebhooksStepTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync(TestDefinitions.Articles());

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private Task<RecipeResult> RunAsync(string webhooks) => _site.RunRecipeAsync(RecipeReader.Read(
        $$"""{ "name": "hooks", "steps": [ { "name": "Webhooks", "Webhooks": {{webhooks}} } ] }"""));

    private Task<IReadOnlyList<WebhookDelivery>> LogAsync(string webhook) =>
        _site.ReadAsync(s => WebhookOutbox.ListAsync(s, webhook, 100, None));

    [Fact]
    public async Task Webhooks_ValidEntries_AreStoredAndMatchByEventAndType()
    {
        await RunAsync("""
            [ { "Name": "letters", "Url": "https://hooks.example/letters", "Events": [ "content.published" ], "ContentTypes": [ "Letter" ],
                "Secret": "0123456789abcdef", "Enabled": true },
              { "Name": "everything", "Url": "https://hooks.example/all", "Events": [ "content.created", "content.published" ],
                "Secret": "0123456789abcdef" } ]
            """);

        await _site.WriteAsync(async s =>
        {
            await s.CreateAsync(TestDefinitions.Article("Hooked"), VersionOptions.Published, None);
            return 0;
        });

        Assert.Equal(["everything", "letters"], (await _site.ReadAsync(s => WebhookStore.LoadAsync(s, None))).Select(w => w.Name));
        Assert.Empty(await LogAsync("letters"));
        Assert.Equal(["content.published", "content.created"], (await LogAsync("everything")).Select(d => d.Event));
    }

    [Fact]
    public async Task Webhooks_UrlNotAbsolute_NamesTheEntryAndStoresNothing()
    {
        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RunAsync("""
            [ { "Name": "ok", "Url": "https://hooks.example/ok", "Events": [ "content.published" ], "Secret": "0123456789abcdef" },
              { "Name": "bad", "Url": "/relative", "Events": [ "content.published" ], "Secret": "0123456789abcdef" } ]
            """));

        Assert.Equal("$.steps[0].Webhooks[1].Url", error.JsonPath);
        Assert.Empty(await _site.ReadAsync(s => WebhookStore.LoadAsync(s, None)));
    }

    [Fact]
    public async Task Webhooks_UnknownEvent_NamesTheEvents()
    {
        var error = await Assert.ThrowsAsync<RecipeExecutionException>(() => RunAsync("""
            [ { "Name": "typo", "Url": "https://hooks.example/x", "Events": [ "content.publish" ], "Secret": "0123456789abcdef" } ]
            """));

        Assert.Equal("$.steps[0].Webhooks[0].Events", error.JsonPath);
        Assert.Contains("'content.publish' is not an event", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_NotCommitted_QueuesNothing()
    {
        await RunAsync("""[ { "Name": "all", "Url": "https://hooks.example/all", "Events": [ "content.published" ], "Secret": "0123456789abcdef" } ]""");

        await using (var session = await _site.OpenAsync())
        {
            await session.CreateAsync(TestDefinitions.Article("Never committed"), VersionOptions.Published, None);
        }

        Assert.Empty(await LogAsync("all"));
    }
}

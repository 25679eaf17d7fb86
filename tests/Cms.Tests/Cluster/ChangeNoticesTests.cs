using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Storage;
using Cms.Tests.Support;
using Cms.Web.Cluster;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Cluster;

/// <summary>
/// Two nodes in this process on one store file. The definition cache trusts itself for an hour here, so only a change
/// notice (or a poll) makes the second node look at the store again.
/// </summary>
public sealed class ChangeNoticesTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly string _dataPath = NodeWebFactory.NewDataPath();
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartNewAsync();

    public async Task DisposeAsync() => await _redis.DisposeAsync();

    [Fact]
    public async Task Commit_WithRedis_ReachesTheOtherNodesCacheWithoutPolling()
    {
        using var a = Node(redis: true, pollMilliseconds: 600_000);
        using var b = Node(redis: true, pollMilliseconds: 600_000);
        await a.SeedAsync(TestDefinitions.Articles());
        await WaitUntilAsync(() => Notices(a).IsHearingNotices && Notices(b).IsHearingNotices);
        await Definitions(b).GetAsync(CancellationToken.None);

        var heard = AdvancedPast(b, await AddTypeAsync(a, "Report"));

        await heard.WaitAsync(Bound);
        Assert.NotNull((await Definitions(b).GetAsync(CancellationToken.None)).Document.FindType("Report"));
    }

    [Fact]
    public async Task Commit_WithoutRedis_ReachesTheOtherNodeByPolling()
    {
        using var a = Node(redis: false, pollMilliseconds: 50);
        using var b = Node(redis: false, pollMilliseconds: 50);
        await a.SeedAsync(TestDefinitions.Articles());
        await Definitions(b).GetAsync(CancellationToken.None);

        var polled = AdvancedPast(b, await AddTypeAsync(a, "Report"));

        await polled.WaitAsync(Bound);
        Assert.False(Notices(b).IsHearingNotices);
        Assert.NotNull((await Definitions(b).GetAsync(CancellationToken.None)).Document.FindType("Report"));
    }

    [Fact]
    public async Task RedisKilled_NodesPollUntilItReturns_ThenListenAgain()
    {
        using var a = Node(redis: true, pollMilliseconds: 50);
        using var b = Node(redis: true, pollMilliseconds: 50);
        await a.SeedAsync(TestDefinitions.Articles());
        await WaitUntilAsync(() => Notices(a).IsHearingNotices && Notices(b).IsHearingNotices);

        _redis.Kill();
        await WaitUntilAsync(() => !Notices(b).IsHearingNotices);
        var polled = AdvancedPast(b, await AddTypeAsync(a, "Report"));
        await polled.WaitAsync(Bound);
        await _redis.StartAsync();
        await WaitUntilAsync(() => Notices(a).IsHearingNotices && Notices(b).IsHearingNotices);
        var heard = AdvancedPast(b, await AddTypeAsync(a, "Memo"));
        await heard.WaitAsync(Bound);

        var definitions = (await Definitions(b).GetAsync(CancellationToken.None)).Document;
        Assert.NotNull(definitions.FindType("Report"));
        Assert.NotNull(definitions.FindType("Memo"));
    }

    private NodeWebFactory Node(bool redis, int pollMilliseconds)
    {
        var settings = new Dictionary<string, string>
        {
            ["Cms:DefinitionCacheCheckInterval"] = "01:00:00",
            ["Cms:Sync:PollMilliseconds"] = pollMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (redis)
        {
            settings["Cms:Redis:Configuration"] = _redis.Configuration;
        }

        var node = new NodeWebFactory(_dataPath, settings);
        _ = node.Services;
        return node;
    }

    private static ChangeNotices Notices(NodeWebFactory node) => node.Services.GetRequiredService<ChangeNotices>();

    private static ContentDefinitionStore Definitions(NodeWebFactory node) => node.Services.GetRequiredService<ContentDefinitionStore>();

    /// <summary>Completes once the node's view of the store has reached <paramref name="versions"/>.</summary>
    private static Task AdvancedPast(NodeWebFactory node, StoreVersions versions)
    {
        var watch = node.Services.GetRequiredService<DocumentStore>().Versions;
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        watch.Advanced += current =>
        {
            if (current.Store >= versions.Store)
            {
                reached.TrySetResult();
            }
        };
        if (watch.Current.Store >= versions.Store)
        {
            reached.TrySetResult();
        }

        return reached.Task;
    }

    /// <summary>Adds an empty type through the node's content store; returns the versions its commit left.</summary>
    private static async Task<StoreVersions> AddTypeAsync(NodeWebFactory node, string name)
    {
        var content = node.Services.GetRequiredService<ContentStore>();
        await using var session = await content.OpenSessionAsync(ContentActor.System, CancellationToken.None);
        var document = session.Definitions.DeepClone();
        document.Types.Add(new ContentTypeDefinition { Name = name, DisplayName = name });
        await session.SaveDefinitionsAsync(document, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
        return node.Services.GetRequiredService<DocumentStore>().Versions.Current;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var bound = new CancellationTokenSource(Bound);
        while (!condition())
        {
            await Task.Delay(20, bound.Token);
        }
    }
}

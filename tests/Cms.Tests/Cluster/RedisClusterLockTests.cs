using Cms.Core.Cluster;
using Cms.Tests.Support;
using Cms.Web.Cluster;
using Microsoft.Extensions.Options;

namespace Cms.Tests.Cluster;

public sealed class RedisClusterLockTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);
    private RedisServer _redis = null!;
    private TestSite _site = null!;
    // Not a field of a disposable type: xunit disposes through IAsyncLifetime, which the analyzer does not see.
    private Func<RedisConnection> _connection = null!;
    private Func<ValueTask> _closeConnection = null!;
    private RedisClusterLock _lock = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartNewAsync();
        _site = await TestSite.CreateAsync(TestDefinitions.Articles());
        var connection = new RedisConnection(Options.Create(new RedisOptions { Configuration = _redis.Configuration }));
        _connection = () => connection;
        _closeConnection = connection.DisposeAsync;
        _lock = new RedisClusterLock(connection, new StoreClusterLock(_site.Documents, _site.Clock));
    }

    public async Task DisposeAsync()
    {
        await _closeConnection();
        await _site.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task TryTake_WhileAnotherOwnerHoldsIt_IsRefusedUntilReleased()
    {
        var first = await _lock.TryTakeAsync("job", "node-a", Expiry, None);
        var second = await _lock.TryTakeAsync("job", "node-b", Expiry, None);
        await _lock.ReleaseAsync("job", "node-b", None);
        var afterOthersRelease = await _lock.TryTakeAsync("job", "node-b", Expiry, None);
        await _lock.ReleaseAsync("job", "node-a", None);
        var afterHoldersRelease = await _lock.TryTakeAsync("job", "node-b", Expiry, None);

        Assert.True(first);
        Assert.False(second);
        Assert.False(afterOthersRelease);
        Assert.True(afterHoldersRelease);
    }

    [Fact]
    public async Task TryTake_HeldInRedis_LeavesTheStoresLockFree()
    {
        await _lock.TryTakeAsync("job", "node-a", Expiry, None);

        Assert.True(await new StoreClusterLock(_site.Documents, _site.Clock).TryTakeAsync("job", "node-b", Expiry, None));
    }

    [Fact]
    public async Task TryTake_RedisDown_FallsBackToTheStoresLock()
    {
        _ = _connection().Multiplexer;
        _redis.Kill();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (_connection().IsConnected)
        {
            await Task.Delay(20, bound.Token);
        }

        var first = await _lock.TryTakeAsync("job", "node-a", Expiry, None);
        var second = await _lock.TryTakeAsync("job", "node-b", Expiry, None);

        Assert.True(first);
        Assert.False(second);
        Assert.False(await new StoreClusterLock(_site.Documents, _site.Clock).TryTakeAsync("job", "node-c", Expiry, None));
    }
}

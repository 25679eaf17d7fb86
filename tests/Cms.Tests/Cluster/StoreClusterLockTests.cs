using Cms.Core.Cluster;
using Cms.Tests.Support;

namespace Cms.Tests.Cluster;

public sealed class StoreClusterLockTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);
    private TestSite _site = null!;
    private StoreClusterLock _lock = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(TestDefinitions.Articles());
        _lock = new StoreClusterLock(_site.Documents, _site.Clock);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task TryTake_WhileAnotherOwnerHoldsIt_IsRefused()
    {
        var first = await _lock.TryTakeAsync("job", "node-a", Expiry, None);
        var second = await _lock.TryTakeAsync("job", "node-b", Expiry, None);
        var again = await _lock.TryTakeAsync("job", "node-a", Expiry, None);

        Assert.True(first);
        Assert.False(second);
        Assert.False(again);
    }

    [Fact]
    public async Task TryTake_AfterTheHoldersExpiry_IsGrantedAndTheOldHolderCannotExtend()
    {
        await _lock.TryTakeAsync("job", "died", Expiry, None);
        _site.Clock.Advance(Expiry + TimeSpan.FromSeconds(1));

        var taken = await _lock.TryTakeAsync("job", "node-b", Expiry, None);
        var extendedByTheDead = await _lock.TryExtendAsync("job", "died", Expiry, None);

        Assert.True(taken);
        Assert.False(extendedByTheDead);
    }

    [Fact]
    public async Task TryExtend_ByTheHolder_KeepsOthersOutPastTheFirstExpiry()
    {
        await _lock.TryTakeAsync("job", "node-a", Expiry, None);
        _site.Clock.Advance(Expiry / 2);
        var extended = await _lock.TryExtendAsync("job", "node-a", Expiry, None);
        _site.Clock.Advance(Expiry / 2 + TimeSpan.FromSeconds(1));

        Assert.True(extended);
        Assert.False(await _lock.TryTakeAsync("job", "node-b", Expiry, None));
    }

    [Fact]
    public async Task Release_ByAnotherOwner_LeavesTheLockAndByTheHolder_FreesIt()
    {
        await _lock.TryTakeAsync("job", "node-a", Expiry, None);

        await _lock.ReleaseAsync("job", "node-b", None);
        var whileHeld = await _lock.TryTakeAsync("job", "node-b", Expiry, None);
        await _lock.ReleaseAsync("job", "node-a", None);
        var afterRelease = await _lock.TryTakeAsync("job", "node-b", Expiry, None);

        Assert.False(whileHeld);
        Assert.True(afterRelease);
    }

    [Fact]
    public async Task TryTake_DifferentNames_AreIndependent()
    {
        Assert.True(await _lock.TryTakeAsync("startup", "node-a", Expiry, None));
        Assert.True(await _lock.TryTakeAsync("trash-purge", "node-b", Expiry, None));
    }
}

using Cms.Core.Storage;

namespace Cms.Core.Cluster;

/// <summary>
/// Cluster locks in the store's <c>Locks</c> table: what nodes without Redis use. A store that is busy with a long writer
/// (a recipe) answers "not taken", as a lock held by someone else would; the caller tries again later.
/// </summary>
public sealed class StoreClusterLock : IClusterLock
{
    private readonly DocumentStore _store;
    private readonly TimeProvider _clock;

    public StoreClusterLock(DocumentStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    public string Kind => "store";

    public async Task<bool> TryTakeAsync(string name, string owner, TimeSpan expiry, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        try
        {
            return await ClusterLocks.TryTakeAsync(_store.Dialect, name, owner, now, now + expiry, cancellationToken);
        }
        catch (StoreUnavailableException)
        {
            return false;
        }
    }

    public async Task<bool> TryExtendAsync(string name, string owner, TimeSpan expiry, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        try
        {
            return await ClusterLocks.TryExtendAsync(_store.Dialect, name, owner, now, now + expiry, cancellationToken);
        }
        catch (StoreUnavailableException)
        {
            // Busy is not lost: the caller keeps working and extends again before the expiry.
            return true;
        }
    }

    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken) =>
        ClusterLocks.ReleaseAsync(_store.Dialect, name, owner, cancellationToken);
}

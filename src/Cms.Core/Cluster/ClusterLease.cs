namespace Cms.Core.Cluster;

/// <summary>
/// A cluster lock held for a piece of work of unknown length (setup, migrations): taken with a short expiry and extended
/// in the background while the work runs, so a node that dies mid-way frees it within one expiry. Disposing releases it.
/// </summary>
public sealed class ClusterLease : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);

    private readonly IClusterLock _lock;
    private readonly string _name;
    private readonly string _owner;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;

    private ClusterLease(IClusterLock clusterLock, string name, string owner, TimeSpan expiry, TimeProvider clock)
    {
        _lock = clusterLock;
        _name = name;
        _owner = owner;
        _renewing = RenewAsync(expiry, clock, _stop.Token);
    }

    /// <summary>Waits until this process holds <paramref name="name"/> (another node may hold it for as long as its work takes).</summary>
    public static async Task<ClusterLease> TakeAsync(IClusterLock clusterLock, string name, TimeSpan expiry, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var owner = Guid.NewGuid().ToString("n");
        while (!await clusterLock.TryTakeAsync(name, owner, expiry, cancellationToken))
        {
            await Task.Delay(RetryDelay, clock, cancellationToken);
        }

        return new ClusterLease(clusterLock, name, owner, expiry, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
        await _lock.ReleaseAsync(_name, _owner, CancellationToken.None);
    }

    private async Task RenewAsync(TimeSpan expiry, TimeProvider clock, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(expiry / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                // A lost lease cannot be taken back safely mid-work; the work finishes in its own transaction, which is what
                // keeps the store consistent, and the lock only spares the others the wasted effort.
                try
                {
                    await _lock.TryExtendAsync(_name, _owner, expiry, stop);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The lock's holder is unreachable for a moment: the next tick tries again before the expiry.
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Released.
        }
    }
}

namespace Cms.Core.Cluster;

/// <summary>
/// A named lock every node of a cluster sees, held by an owner token until released or until it expires (so a node that
/// dies gives it up). Implementations: the store's <c>Locks</c> table (<see cref="StoreClusterLock"/>) and Redis; a
/// PostgreSQL advisory lock fits the same shape. Not re-entrant: an owner that holds the lock cannot take it again.
/// </summary>
public interface IClusterLock
{
    /// <summary>What holds the locks, for logs and /health: <c>store</c> or <c>redis</c>.</summary>
    string Kind { get; }

    /// <summary>Takes the lock for <paramref name="expiry"/> when it is free (or expired); false when another owner holds it.</summary>
    Task<bool> TryTakeAsync(string name, string owner, TimeSpan expiry, CancellationToken cancellationToken);

    /// <summary>Pushes the expiry of a lock the owner holds to <paramref name="expiry"/> from now; false when it has lost the lock.</summary>
    Task<bool> TryExtendAsync(string name, string owner, TimeSpan expiry, CancellationToken cancellationToken);

    /// <summary>Gives the lock up if the owner still holds it.</summary>
    Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken);
}

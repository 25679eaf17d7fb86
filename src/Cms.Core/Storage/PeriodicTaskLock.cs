using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage;

/// <summary>
/// Which node runs a periodic task (scheduled publishing, webhook delivery) now: a lease in the store's <c>Locks</c> table,
/// taken for a while and renewed by its holder, taken over by another node once it lapses. The one place a cluster lock
/// (Redis) replaces later. Correctness never rests on it alone: each task re-checks its work inside its own transaction;
/// the lease only keeps other nodes from doing the same work twice.
/// </summary>
public sealed class PeriodicTaskLock
{
    private readonly DocumentStore _store;
    private readonly TimeProvider _clock;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTime> _heldUntil = new(StringComparer.Ordinal);

    public PeriodicTaskLock(DocumentStore store, TimeProvider clock, string owner)
    {
        _store = store;
        _clock = clock;
        Owner = owner;
    }

    /// <summary>This node's name in the lease rows (unique per process).</summary>
    public string Owner { get; }

    /// <summary>A new owner name for this process: machine, pid and a random suffix (two hosts in one test process differ).</summary>
    public static string NewOwner() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():n}";

    /// <summary>Takes or renews the lease on <paramref name="task"/> for <paramref name="holdFor"/>; false while another node holds it.</summary>
    public async Task<bool> TryAcquireAsync(string task, TimeSpan holdFor, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        if (_heldUntil.TryGetValue(task, out var until) && now < until - (holdFor / 2))
        {
            // Held with more than half its time left: renewing on every pass would cost a write each time.
            return true;
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        session.KeepsStoreVersion = true;
        var taken = await session.ExecuteAsync(
            $"INSERT INTO {Locks} (Name, Owner, ExpiresUtc) VALUES (@name, @owner, @expires) " +
            $"ON CONFLICT (Name) DO UPDATE SET Owner = excluded.Owner, ExpiresUtc = excluded.ExpiresUtc " +
            $"WHERE {Locks}.Owner = excluded.Owner OR {Locks}.ExpiresUtc < @now",
            [("@name", LockName(task)), ("@owner", Owner), ("@expires", DbValues.FromDate(now + holdFor)), ("@now", DbValues.FromDate(now))],
            cancellationToken);
        await session.CommitAsync(cancellationToken);
        if (taken > 0)
        {
            _heldUntil[task] = now + holdFor;
        }
        else
        {
            _heldUntil.TryRemove(task, out _);
        }

        return taken > 0;
    }

    private static string LockName(string task) => $"task:{task}";
}

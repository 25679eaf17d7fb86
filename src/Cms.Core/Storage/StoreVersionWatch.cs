namespace Cms.Core.Storage;

/// <summary>
/// This process's view of the store's versions: moved by its own commits (<see cref="Committed"/>, which the change
/// notices publish) and by what it learns of other processes' commits (a notice, or a poll of the store). Caches that
/// trust themselves for a while listen to <see cref="Advanced"/> to look again at once. One per <see cref="DocumentStore"/>.
/// </summary>
public sealed class StoreVersionWatch
{
    private readonly Lock _gate = new();
    private StoreVersions _current;

    public StoreVersions Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Raised when the view moved forward, whoever moved it; handlers must be quick (they run on the notifier's thread).</summary>
    public event Action<StoreVersions>? Advanced;

    /// <summary>Raised after a commit of this process changed the versions (for other processes to hear of it).</summary>
    public event Action<StoreVersions>? Committed;

    /// <summary>Takes in versions read from the store or heard from another process; true when the view moved forward.</summary>
    public bool Observe(StoreVersions versions)
    {
        StoreVersions advanced;
        lock (_gate)
        {
            if (!versions.IsAheadOf(_current))
            {
                return false;
            }

            _current = advanced = _current.Max(versions);
        }

        Advanced?.Invoke(advanced);
        return true;
    }

    /// <summary>A commit of this process produced <paramref name="versions"/>.</summary>
    internal void OnCommitted(StoreVersions versions)
    {
        Observe(versions);
        Committed?.Invoke(versions);
    }
}

using Cms.Core.Storage;

namespace Cms.Core.Definitions;

/// <summary>
/// The definitions document, read through a cache. The cache is keyed by the document's version in
/// the store, so a change made by another node is noticed on the next check (at once when a change notice or
/// a poll moved the store's versions); a local save replaces the cached copy as soon as its transaction commits.
/// </summary>
public sealed class ContentDefinitionStore : IDisposable
{
    public const string DocumentKey = "default";

    private readonly DocumentStore _store;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _checkInterval;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile ContentDefinitionSnapshot? _cached;
    private long _checkedAtTimestamp;
    private volatile bool _storeMoved;

    public ContentDefinitionStore(DocumentStore store, TimeProvider clock, TimeSpan checkInterval)
    {
        _store = store;
        _clock = clock;
        _checkInterval = checkInterval;
        _store.Versions.Advanced += OnStoreAdvanced;
    }

    /// <summary>Raised after the cached definitions changed (locally or because another node changed them).</summary>
    public event Action<ContentDefinitionSnapshot>? Changed;

    /// <summary>The current definitions; treat the document as read-only (clone it to edit).</summary>
    public async Task<ContentDefinitionSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var cached = _cached;
        if (cached is not null && !_storeMoved && _clock.GetElapsedTime(Interlocked.Read(ref _checkedAtTimestamp)) < _checkInterval)
        {
            return cached;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            // Cleared before the read: a notice that arrives during it makes the next call look again.
            _storeMoved = false;
            await using var session = await _store.OpenReadSessionAsync(cancellationToken);
            var storedVersion = await session.GetDocumentVersionAsync(DocumentTypes.ContentDefinition, DocumentKey, cancellationToken);
            if (_cached is null || _cached.Version != storedVersion)
            {
                Publish(await LoadAsync(session, cancellationToken));
            }

            Interlocked.Exchange(ref _checkedAtTimestamp, _clock.GetTimestamp());
            return _cached!;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Reads the stored definitions without the cache (inside a transaction, for consistency).</summary>
    public static async Task<ContentDefinitionSnapshot> LoadAsync(SqlSession session, CancellationToken cancellationToken)
    {
        var stored = await session.GetDocumentAsync(DocumentTypes.ContentDefinition, DocumentKey, cancellationToken);
        return stored is null
            ? new ContentDefinitionSnapshot(new ContentDefinitionDocument(), 0)
            : new ContentDefinitionSnapshot(ContentDefinitionDocument.FromJson(stored.Content), stored.Version);
    }

    /// <summary>Writes the definitions in the session's transaction; the cache follows on commit.</summary>
    public async Task<ContentDefinitionSnapshot> SaveAsync(WriteSession session, ContentDefinitionDocument document, CancellationToken cancellationToken)
    {
        var version = await session.PutDocumentAsync(DocumentTypes.ContentDefinition, DocumentKey, document.ToJson(), cancellationToken);
        var snapshot = new ContentDefinitionSnapshot(document.DeepClone(), version);
        session.OnCommitted(() => Publish(snapshot));
        return snapshot;
    }

    public void Dispose()
    {
        _store.Versions.Advanced -= OnStoreAdvanced;
        _refresh.Dispose();
    }

    /// <summary>Another process (or this one) committed: the next read checks the stored version instead of trusting the interval.</summary>
    private void OnStoreAdvanced(StoreVersions versions) => _storeMoved = true;

    private void Publish(ContentDefinitionSnapshot snapshot)
    {
        var previous = _cached;
        if (previous is not null && previous.Version >= snapshot.Version && previous.Version != 0)
        {
            return;
        }

        _cached = snapshot;
        Interlocked.Exchange(ref _checkedAtTimestamp, _clock.GetTimestamp());
        if (previous is null || previous.Version != snapshot.Version)
        {
            Changed?.Invoke(snapshot);
        }
    }
}

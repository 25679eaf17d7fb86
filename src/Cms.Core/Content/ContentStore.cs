using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Storage;

namespace Cms.Core.Content;

/// <summary>Opens content sessions: a write transaction with the definitions read inside it. A singleton.</summary>
public sealed class ContentStore
{
    private readonly DocumentStore _store;
    private readonly ContentItemSaver _saver;
    private readonly TimeProvider _clock;

    public ContentStore(DocumentStore store, ContentDefinitionStore definitions, ContentKindCatalog catalog, TimeProvider clock)
    {
        _store = store;
        Definitions = definitions;
        _saver = new ContentItemSaver(new ContentItemValidator(catalog));
        _clock = clock;
    }

    public ContentDefinitionStore Definitions { get; }

    public DocumentStore Documents => _store;

    /// <summary>A session that only reads: it never takes the write lock, so pages that show a form or a list use it.</summary>
    public Task<ReadSession> OpenReadSessionAsync(CancellationToken cancellationToken) => _store.OpenReadSessionAsync(cancellationToken);

    /// <summary>A write session: it holds the store's write lock until it is committed or disposed, so only writes open it.</summary>
    public Task<ContentSession> OpenSessionAsync(ContentActor actor, CancellationToken cancellationToken) =>
        OpenAsync(actor, _store.OpenWriteSessionAsync, cancellationToken);

    /// <summary>A session for a long write (a recipe, an import): waiting writers are told it holds the store, doing <paramref name="activity"/>.</summary>
    public Task<ContentSession> OpenLongSessionAsync(ContentActor actor, string activity, CancellationToken cancellationToken) =>
        OpenAsync(actor, token => _store.OpenLongWriteSessionAsync(activity, token), cancellationToken);

    private async Task<ContentSession> OpenAsync(
        ContentActor actor, Func<CancellationToken, Task<WriteSession>> open, CancellationToken cancellationToken)
    {
        var storage = await open(cancellationToken);
        try
        {
            var definitions = await ContentDefinitionStore.LoadAsync(storage, cancellationToken);
            return new ContentSession(storage, definitions, _saver, Definitions, _clock, actor);
        }
        catch
        {
            await storage.DisposeAsync();
            throw;
        }
    }
}

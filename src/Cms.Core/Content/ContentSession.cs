using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Storage;
using Cms.Core.Trash;
using Cms.Core.Webhooks;

namespace Cms.Core.Content;

/// <summary>
/// Orchard's content manager operations inside one write transaction: create, read, version, publish,
/// unpublish, discard, clone, remove, restore. Every save validates the item and rewrites its index
/// rows; nothing is visible to others until <see cref="SaveChangesAsync"/>.
/// </summary>
public sealed class ContentSession : IAsyncDisposable
{
    private readonly ContentItemSaver _saver;
    private readonly TimeProvider _clock;
    private readonly ContentActor _actor;
    private readonly ContentEventLog _events = new();

    internal ContentSession(WriteSession storage, ContentDefinitionSnapshot definitions, ContentItemSaver saver,
        ContentDefinitionStore definitionStore, TimeProvider clock, ContentActor actor)
    {
        Storage = storage;
        Definitions = definitions.Document;
        DefinitionStore = definitionStore;
        _saver = saver;
        _clock = clock;
        _actor = actor;
    }

    /// <summary>The transaction below: internal, so SQL and writes reach the store only through Core's named methods.</summary>
    internal WriteSession Storage { get; }

    /// <summary>Reads inside this session's transaction (what it has written included), for a page that shows what it sees.</summary>
    public SqlSession Reader => Storage;

    /// <summary>The definitions this session validates against (recipes replace them as steps run).</summary>
    public ContentDefinitionDocument Definitions { get; private set; }

    internal ContentDefinitionStore DefinitionStore { get; }

    internal DateTime Now => _clock.GetUtcNow().UtcDateTime;

    internal ContentActor Actor => _actor;

    internal ContentItemSaver Saver => _saver;

    public ContentTypeDefinition GetTypeDefinition(string contentType) =>
        Definitions.FindType(contentType)
        ?? throw new ContentValidationException([new ContentValidationError("/ContentType", $"The content type '{contentType}' is not defined.")]);

    /// <summary>A new, unsaved item of a type with an id and an empty object per part.</summary>
    public ContentItem New(string contentType)
    {
        return NewOfType(GetTypeDefinition(contentType));
    }

    /// <summary>A new, unsaved item of a type (an id, an empty object per part), made without a session: for forms.</summary>
    public static ContentItem NewOfType(ContentTypeDefinition type)
    {
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = type.Name };
        foreach (var part in type.Parts)
        {
            item.GetOrCreatePart(part.Name);
        }

        return item;
    }

    /// <summary>Stores a new item as published (default) or as a draft, under an id no item has ever had.</summary>
    public async Task CreateAsync(ContentItem item, VersionOptions options, CancellationToken cancellationToken)
    {
        if (options is not (VersionOptions.Published or VersionOptions.Draft))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options, "An item is created published or as a draft.");
        }

        if (string.IsNullOrEmpty(item.ContentItemId))
        {
            item.ContentItemId = IdGenerator.NewId();
        }

        // Any stored version counts, not only a live one: reusing a deleted item's id would hand its history
        // (old versions, restore) to whoever creates the new item.
        if ((await Storage.GetStoredContentTypesAsync([item.ContentItemId], cancellationToken)).Count > 0)
        {
            throw ContentItemIdTakenException.For(item.ContentItemId);
        }

        var now = Now;
        item.ContentItemVersionId = string.IsNullOrEmpty(item.ContentItemVersionId) ? IdGenerator.NewId() : item.ContentItemVersionId;
        item.CreatedUtc ??= now;
        item.ModifiedUtc = now;
        item.Owner ??= _actor.UserId;
        item.Author ??= _actor.UserName;
        item.Latest = true;
        item.Published = options == VersionOptions.Published;
        item.PublishedUtc = item.Published ? now : null;
        item.DocumentId = 0;
        await _saver.SaveAsync(this, item, contentChanged: true, cancellationToken);
        Record(WebhookEvents.Created, item);
        if (item.Published)
        {
            Record(WebhookEvents.Published, item);
        }
    }

    /// <summary>Reads an item; <see cref="VersionOptions.DraftRequired"/> turns a published latest version into a new draft.</summary>
    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken)
    {
        if (options != VersionOptions.DraftRequired)
        {
            return await Storage.GetContentItemAsync(contentItemId, options, cancellationToken);
        }

        var latest = await Storage.GetContentItemAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is null || !latest.Published)
        {
            return latest;
        }

        var type = GetTypeDefinition(latest.ContentType);
        if (!type.TypeSettings.Versionable)
        {
            latest.Published = false;
            await _saver.SaveAsync(this, latest, contentChanged: false, cancellationToken);
            return latest;
        }

        var draft = latest.Clone();
        latest.Latest = false;
        await _saver.SaveAsync(this, latest, contentChanged: false, cancellationToken);
        draft.DocumentId = 0;
        draft.ContentItemVersionId = IdGenerator.NewId();
        draft.Latest = true;
        draft.Published = false;
        draft.ModifiedUtc = Now;
        await _saver.SaveAsync(this, draft, contentChanged: false, cancellationToken);
        return draft;
    }

    public Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken) =>
        Storage.GetContentItemVersionAsync(contentItemVersionId, cancellationToken);

    /// <summary>Saves changes to a stored version; fails with a conflict if it changed since it was read.</summary>
    public async Task UpdateAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.DocumentId == 0)
        {
            throw new InvalidOperationException("Only a stored version can be updated; create the item first.");
        }

        item.ModifiedUtc = Now;
        item.Author = _actor.UserName ?? item.Author;
        await _saver.SaveAsync(this, item, contentChanged: true, cancellationToken);
        Record(WebhookEvents.Updated, item);
    }

    /// <summary>Publishes the given latest version; the previously published version stops being published.</summary>
    public Task PublishAsync(ContentItem item, CancellationToken cancellationToken) => PublishAsync(item, Now, cancellationToken);

    /// <summary>Publishes as of <paramref name="publishedUtc"/> (a scheduled time that has come), which becomes its PublishedUtc.</summary>
    public async Task PublishAsync(ContentItem item, DateTime publishedUtc, CancellationToken cancellationToken)
    {
        var published = await Storage.GetContentItemAsync(item.ContentItemId, VersionOptions.Published, cancellationToken);
        if (published is not null && published.DocumentId != item.DocumentId)
        {
            published.Published = false;
            await _saver.SaveAsync(this, published, contentChanged: false, cancellationToken);
        }

        item.Published = true;
        item.Latest = true;
        item.PublishedUtc = publishedUtc;
        item.CreatedUtc ??= publishedUtc;
        await SaveOrCreateAsync(item, cancellationToken);
        Record(WebhookEvents.Published, item);
    }

    /// <summary>Unpublishes the item; its latest version stays (as a draft).</summary>
    public async Task UnpublishAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var published = await Storage.GetContentItemAsync(item.ContentItemId, VersionOptions.Published, cancellationToken);
        if (published is null)
        {
            return;
        }

        published.Published = false;
        published.PublishedUtc = null;
        published.ModifiedUtc = Now;
        await _saver.SaveAsync(this, published, contentChanged: false, cancellationToken);
        Record(WebhookEvents.Unpublished, published);
        if (published.DocumentId == item.DocumentId)
        {
            item.Published = false;
            item.PublishedUtc = null;
            item.DocumentVersion = published.DocumentVersion;
        }
    }

    /// <summary>Drops the draft: the published version (if any) becomes the latest again.</summary>
    public async Task DiscardDraftAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var draft = await Storage.GetContentItemAsync(item.ContentItemId, VersionOptions.Draft, cancellationToken);
        if (draft is null)
        {
            return;
        }

        draft.Latest = false;
        await _saver.SaveAsync(this, draft, contentChanged: false, cancellationToken);
        var published = await Storage.GetContentItemAsync(item.ContentItemId, VersionOptions.Published, cancellationToken);
        if (published is not null)
        {
            published.Latest = true;
            await _saver.SaveAsync(this, published, contentChanged: false, cancellationToken);
        }
    }

    /// <summary>A copy of the item under a new id, stored as a draft.</summary>
    public async Task<ContentItem> CloneAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var clone = item.Clone();
        clone.DocumentId = 0;
        clone.DocumentVersion = 0;
        clone.ContentItemId = IdGenerator.NewId();
        clone.ContentItemVersionId = "";
        clone.CreatedUtc = null;
        clone.PublishedUtc = null;
        clone.Owner = _actor.UserId ?? item.Owner;
        clone.Author = _actor.UserName ?? item.Author;
        // Routes and aliases must stay unique: the clone gets generated ones.
        if (clone.GetPart("AutoroutePart") is { } route)
        {
            route["Path"] = null;
        }

        if (clone.GetPart("AliasPart") is { } alias)
        {
            alias["Alias"] = null;
        }

        await CreateAsync(clone, VersionOptions.Draft, cancellationToken);
        return clone;
    }

    /// <summary>Soft delete into the trash: no version stays published or latest; the history is kept until purged.</summary>
    public async Task RemoveAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var live = await LiveContentItems.LoadOfItemAsync(Storage, item.ContentItemId, cancellationToken);
        if (live.FirstOrDefault(v => v.Latest) is { } latest)
        {
            await ContentTrash.AddAsync(this, latest, live.Any(v => v.Published), cancellationToken);
        }

        foreach (var version in live)
        {
            version.Latest = false;
            version.Published = false;
            await _saver.SaveAsync(this, version, contentChanged: false, cancellationToken);
        }

        if (live.Count > 0)
        {
            Record(WebhookEvents.Deleted, live.FirstOrDefault(v => v.Latest) ?? live[0]);
        }
    }

    /// <summary>Every stored version of an item, oldest first.</summary>
    public Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken) =>
        Storage.ListContentItemVersionsAsync(contentItemId, cancellationToken);

    /// <summary>Makes a copy of an old version the new latest draft (the published version stays published).</summary>
    public async Task<ContentItem> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken)
    {
        var version = await Storage.GetContentItemVersionAsync(contentItemVersionId, cancellationToken)
            ?? throw new ContentNotFoundException($"No content item version '{contentItemVersionId}'.");
        var latest = await Storage.GetContentItemAsync(version.ContentItemId, VersionOptions.Latest, cancellationToken);
        if (latest is not null)
        {
            latest.Latest = false;
            await _saver.SaveAsync(this, latest, contentChanged: false, cancellationToken);
        }

        var restored = version.Clone();
        restored.DocumentId = 0;
        restored.DocumentVersion = 0;
        restored.ContentItemVersionId = IdGenerator.NewId();
        restored.Latest = true;
        restored.Published = false;
        restored.ModifiedUtc = Now;
        restored.Author = _actor.UserName ?? restored.Author;
        await _saver.SaveAsync(this, restored, contentChanged: false, cancellationToken);
        Record(WebhookEvents.Updated, restored);
        return restored;
    }

    /// <summary>Replaces the definitions (recipes, admin); items of changed types are re-indexed in the same transaction.</summary>
    public async Task SaveDefinitionsAsync(ContentDefinitionDocument document, CancellationToken cancellationToken)
    {
        var before = Definitions;
        var snapshot = await DefinitionStore.SaveAsync(Storage, document, cancellationToken);
        Definitions = snapshot.Document;
        foreach (var type in ContentDefinitionChanges.TypesToReindex(before, Definitions))
        {
            await _saver.ReindexTypeAsync(this, type, cancellationToken);
        }
    }

    /// <summary>Commits: the content, and the webhook deliveries its events call for, in one transaction.</summary>
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        await _events.FlushAsync(Storage, cancellationToken);
        await Storage.CommitAsync(cancellationToken);
    }

    /// <summary>Notes a content event for the webhooks; it reaches the outbox only if the session commits.</summary>
    internal void Record(string eventName, ContentItem item) => _events.Record(eventName, item, Now);

    public ValueTask DisposeAsync() => Storage.DisposeAsync();

    internal Task SaveVersionAsync(ContentItem item, bool contentChanged, CancellationToken cancellationToken) =>
        _saver.SaveAsync(this, item, contentChanged, cancellationToken);

    private async Task SaveOrCreateAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.DocumentId == 0 && string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            item.ContentItemVersionId = IdGenerator.NewId();
        }

        if (item.DocumentId == 0)
        {
            item.ModifiedUtc ??= Now;
            item.Owner ??= _actor.UserId;
            item.Author ??= _actor.UserName;
        }

        await _saver.SaveAsync(this, item, contentChanged: item.DocumentId == 0, cancellationToken);
    }
}

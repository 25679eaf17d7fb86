using Cms.Core.ContentModel;
using Cms.Core.Storage;

namespace Cms.GraphQL.DataLoading;

/// <summary>
/// Items by id for one request: ids asked for while a level resolves are loaded together in one query per
/// version kind (published, latest), and every item is loaded at most once per request.
/// </summary>
internal sealed class ContentItemLoader
{
    private readonly Func<CancellationToken, Task<ReadSession>> _session;
    private readonly Dictionary<string, ContentItem?> _loadedPublished = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentItem?> _loadedLatest = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pendingPublished = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pendingLatest = new(StringComparer.Ordinal);

    public ContentItemLoader(Func<CancellationToken, Task<ReadSession>> session)
    {
        _session = session;
    }

    /// <summary>The items in the order of <paramref name="ids"/>; missing ones are left out.</summary>
    public DeferredResult<IReadOnlyList<ContentItem>> Load(IReadOnlyList<string> ids, bool latest)
    {
        var loaded = latest ? _loadedLatest : _loadedPublished;
        var pending = latest ? _pendingLatest : _pendingPublished;
        foreach (var id in ids)
        {
            if (!loaded.ContainsKey(id))
            {
                pending.Add(id);
            }
        }

        return new DeferredResult<IReadOnlyList<ContentItem>>(async cancellationToken =>
        {
            await FlushAsync(cancellationToken);
            var items = new List<ContentItem>(ids.Count);
            foreach (var id in ids)
            {
                if (loaded.GetValueOrDefault(id) is { } item)
                {
                    items.Add(item);
                }
            }

            return items;
        });
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(_pendingPublished, _loadedPublished, VersionOptions.Published, cancellationToken);
        await FlushAsync(_pendingLatest, _loadedLatest, VersionOptions.Latest, cancellationToken);
    }

    private async Task FlushAsync(HashSet<string> pending, Dictionary<string, ContentItem?> loaded, VersionOptions options,
        CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var batch = pending.ToList();
        pending.Clear();
        var session = await _session(cancellationToken);
        var items = await session.GetContentItemsAsync(batch, options, cancellationToken);
        foreach (var id in batch)
        {
            loaded[id] = items.GetValueOrDefault(id);
        }
    }
}

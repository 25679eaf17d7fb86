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
    private readonly Dictionary<(string Id, bool Latest), ContentItem?> _loaded = [];
    private readonly HashSet<string> _pendingPublished = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pendingLatest = new(StringComparer.Ordinal);

    public ContentItemLoader(Func<CancellationToken, Task<ReadSession>> session)
    {
        _session = session;
    }

    /// <summary>The items in the order of <paramref name="ids"/>; missing ones are left out.</summary>
    public DeferredResult<IReadOnlyList<ContentItem>> Load(IEnumerable<string> ids, bool latest)
    {
        var wanted = ids.ToList();
        var pending = latest ? _pendingLatest : _pendingPublished;
        foreach (var id in wanted)
        {
            if (!_loaded.ContainsKey((id, latest)))
            {
                pending.Add(id);
            }
        }

        return new DeferredResult<IReadOnlyList<ContentItem>>(async cancellationToken =>
        {
            await FlushAsync(cancellationToken);
            return wanted.Select(id => _loaded.GetValueOrDefault((id, latest))).OfType<ContentItem>().ToList();
        });
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var latest in new[] { false, true })
        {
            var pending = latest ? _pendingLatest : _pendingPublished;
            if (pending.Count == 0)
            {
                continue;
            }

            var batch = pending.ToList();
            pending.Clear();
            var session = await _session(cancellationToken);
            var items = await session.GetContentItemsAsync(batch, latest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken);
            foreach (var id in batch)
            {
                _loaded[(id, latest)] = items.GetValueOrDefault(id);
            }
        }
    }
}

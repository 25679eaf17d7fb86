using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.Core.Storage;
using Cms.GraphQL.Execution;

namespace Cms.GraphQL.DataLoading;

/// <summary>
/// The published children of lists (ContainedPart) for one request: every list asked for while a level
/// resolves is read with one query, filtered by the caller's rights in SQL, in list order.
/// </summary>
internal sealed class ListItemsLoader
{
    private readonly Func<CancellationToken, Task<ReadSession>> _session;
    private readonly ContentAccess _access;
    private readonly IReadOnlyList<string> _contentTypes;
    private readonly Dictionary<string, List<ContentItem>> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    public ListItemsLoader(Func<CancellationToken, Task<ReadSession>> session, ContentAccess access, IReadOnlyList<string> contentTypes)
    {
        _session = session;
        _access = access;
        _contentTypes = contentTypes;
    }

    public DeferredResult<IReadOnlyList<ContentItem>> Load(string listContentItemId)
    {
        if (!_loaded.ContainsKey(listContentItemId))
        {
            _pending.Add(listContentItemId);
        }

        return new DeferredResult<IReadOnlyList<ContentItem>>(async cancellationToken =>
        {
            await FlushAsync(cancellationToken);
            return _loaded.GetValueOrDefault(listContentItemId) ?? [];
        });
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var batch = _pending.ToList();
        _pending.Clear();
        foreach (var id in batch)
        {
            _loaded[id] = [];
        }

        var session = await _session(cancellationToken);
        var items = await session.QueryAsync(new ContentQuery
        {
            Status = ContentStatus.Published,
            Where = ContentFilter.And(
                ContentFilter.Where(ContentColumn.Container, FilterOperator.In, batch),
                _access.TypesFilter(_contentTypes, preview: false)),
            OrderBy = [new ContentOrder(ContentColumn.Container)],
        }, cancellationToken);
        foreach (var item in items)
        {
            if (item.GetPart("ContainedPart")?["ListContentItemId"]?.GetValue<string>() is { } listId &&
                _loaded.TryGetValue(listId, out var children))
            {
                children.Add(item);
            }
        }
    }
}

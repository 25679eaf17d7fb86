using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Storage;

namespace Cms.Core.Content;

/// <summary>
/// The save checks of an import batch: the routes, aliases and picked items its new versions name are looked up
/// in one query each before any of them is written, and each version that passes is remembered, so an item
/// sees the store plus the items before it in the batch, as it would saving one at a time. Valid only while
/// the batch writes nothing but new items without live versions (rows of other items do not change under it).
/// </summary>
internal sealed class BatchSaveLookups : ISaveLookups
{
    private readonly StoreSaveLookups _store;
    private readonly HashSet<string> _askedPaths;
    private readonly Dictionary<string, HashSet<string>> _storedRoutes;
    private readonly Dictionary<string, HashSet<string>> _storedAliases;
    private readonly Dictionary<string, string> _storedTypes;
    private readonly Dictionary<string, List<(string ContentItemId, string? Culture)>> _batchRoutes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _batchAliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _batchTypes = new(StringComparer.Ordinal);

    private BatchSaveLookups(StoreSaveLookups store, HashSet<string> askedPaths, Dictionary<string, HashSet<string>> routes,
        Dictionary<string, HashSet<string>> aliases, Dictionary<string, string> types)
    {
        _store = store;
        _askedPaths = askedPaths;
        _storedRoutes = routes;
        _storedAliases = aliases;
        _storedTypes = types;
    }

    /// <summary>Looks up, in one query per kind, what the live versions of the batch could collide with.</summary>
    public static async Task<BatchSaveLookups> LoadAsync(SqlSession storage, IReadOnlyList<ContentIndexEntries> live,
        CancellationToken cancellationToken)
    {
        var paths = live.Select(e => e.RoutePath).OfType<string>().Where(p => p.Length > 0).ToList();
        var aliases = live.Select(e => e.Alias).OfType<string>().Where(a => a.Length > 0).Select(a => a.ToLowerInvariant()).ToList();
        var picked = live.SelectMany(e => e.ContentPickers).Where(p => p.AllowedContentTypes.Count > 0)
            .Select(p => p.SelectedContentItemId).ToList();

        var routes = Owners(await LiveIndexLookups.RouteOwnersAsync(storage, paths, cancellationToken));
        var aliasOwners = Owners(await LiveIndexLookups.AliasOwnersAsync(storage, aliases, cancellationToken));
        var store = new StoreSaveLookups(storage);
        var types = new Dictionary<string, string>(await store.LiveTypesAsync(picked, cancellationToken), StringComparer.Ordinal);
        return new BatchSaveLookups(store, paths.ToHashSet(StringComparer.Ordinal), routes, aliasOwners, types);
    }

    public async Task<bool> RouteTakenAsync(string path, string contentItemId, string? culture, CancellationToken cancellationToken)
    {
        if (_batchRoutes.TryGetValue(path, out var claims) && claims.Exists(claim =>
            !string.Equals(claim.ContentItemId, contentItemId, StringComparison.Ordinal) && CulturesCollide(claim.Culture, culture)))
        {
            return true;
        }

        // A stored owner of another culture does not take the path: the store's own query tells (rare, so asked one by one).
        if (TakenInStore(_storedRoutes, path, contentItemId))
        {
            return culture is null || await _store.RouteTakenAsync(path, contentItemId, culture, cancellationToken);
        }

        // A generated path's "-2", "-3"... candidates were not part of the batch's query.
        return !_askedPaths.Contains(path) && await _store.RouteTakenAsync(path, contentItemId, culture, cancellationToken);
    }

    public Task<bool> AliasTakenAsync(string alias, string contentItemId, CancellationToken cancellationToken) =>
        Task.FromResult(TakenInBatch(_batchAliases, alias, contentItemId) || TakenInStore(_storedAliases, alias, contentItemId));

    public Task<IReadOnlyDictionary<string, string>> LiveTypesAsync(IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in contentItemIds)
        {
            if (_storedTypes.TryGetValue(id, out var type) || _batchTypes.TryGetValue(id, out type))
            {
                types[id] = type;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(types);
    }

    /// <summary>Records a version about to be written, so the items after it in the batch see it.</summary>
    public void Accept(ContentItem item, ContentIndexEntries entries)
    {
        if (!item.Latest && !item.Published)
        {
            return;
        }

        if (entries.RoutePath is { Length: > 0 } path)
        {
            if (!_batchRoutes.TryGetValue(path, out var claims))
            {
                _batchRoutes[path] = claims = [];
            }

            claims.Add((item.ContentItemId, entries.Localization?.Culture));
        }

        if (entries.Alias is { Length: > 0 } alias)
        {
            _batchAliases.TryAdd(alias.ToLowerInvariant(), item.ContentItemId);
        }

        _batchTypes.TryAdd(item.ContentItemId, item.ContentType);
    }

    private static bool CulturesCollide(string? first, string? second) =>
        first is null || second is null || string.Equals(first, second, StringComparison.Ordinal);

    private static bool TakenInBatch(Dictionary<string, string> claims, string key, string contentItemId) =>
        claims.TryGetValue(key, out var owner) && !string.Equals(owner, contentItemId, StringComparison.Ordinal);

    private static bool TakenInStore(Dictionary<string, HashSet<string>> owners, string key, string contentItemId) =>
        owners.TryGetValue(key, out var ids) && ids.Any(id => !string.Equals(id, contentItemId, StringComparison.Ordinal));

    private static Dictionary<string, HashSet<string>> Owners(List<(string Key, string Value)> rows)
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (key, owner) in rows)
        {
            if (!owners.TryGetValue(key, out var ids))
            {
                owners[key] = ids = new HashSet<string>(StringComparer.Ordinal);
            }

            ids.Add(owner);
        }

        return owners;
    }
}

using Cms.Core.Storage;

namespace Cms.Core.Content;

/// <summary>The save checks' questions, asked of the store as it stands in the session (one query each).</summary>
internal sealed class StoreSaveLookups : ISaveLookups
{
    private readonly SqlSession _storage;

    public StoreSaveLookups(SqlSession storage)
    {
        _storage = storage;
    }

    public Task<bool> RouteTakenAsync(string path, string contentItemId, string? culture, CancellationToken cancellationToken) =>
        LiveIndexLookups.RouteTakenAsync(_storage, path, contentItemId, culture, cancellationToken);

    public Task<bool> AliasTakenAsync(string alias, string contentItemId, CancellationToken cancellationToken) =>
        LiveIndexLookups.AliasTakenAsync(_storage, alias, contentItemId, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> LiveTypesAsync(
        IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, type) in await LiveIndexLookups.ItemTypesAsync(_storage, contentItemIds, cancellationToken))
        {
            // The first live row decides, as a single query over all of them did.
            types.TryAdd(id, type);
        }

        return types;
    }
}

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

    public async Task<bool> RouteTakenAsync(string path, string contentItemId, string? culture, CancellationToken cancellationToken) =>
        culture is null
            ? await _storage.ScalarAsync(
                $"SELECT ContentItemId FROM {Tables.AutoroutePartIndex} WHERE Path = @path AND ContentItemId <> @id " +
                "AND (Published = 1 OR Latest = 1) LIMIT 1",
                [("@path", path), ("@id", contentItemId)], cancellationToken) is string
            : await _storage.ScalarAsync(
                $"SELECT a.ContentItemId FROM {Tables.AutoroutePartIndex} a WHERE a.Path = @path AND a.ContentItemId <> @id " +
                $"AND (a.Published = 1 OR a.Latest = 1) AND NOT EXISTS (SELECT 1 FROM {Tables.LocalizedContentItemIndex} l " +
                "WHERE l.DocumentId = a.DocumentId AND l.Culture <> @culture) LIMIT 1",
                [("@path", path), ("@id", contentItemId), ("@culture", culture)], cancellationToken) is string;

    public async Task<bool> AliasTakenAsync(string alias, string contentItemId, CancellationToken cancellationToken) =>
        await _storage.ScalarAsync(
            $"SELECT ContentItemId FROM {Tables.AliasPartIndex} WHERE Alias = @alias AND ContentItemId <> @id " +
            "AND (Published = 1 OR Latest = 1) LIMIT 1",
            [("@alias", alias), ("@id", contentItemId)], cancellationToken) is string;

    public async Task<IReadOnlyDictionary<string, string>> LiveTypesAsync(
        IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in await LiveRowsAsync(_storage, Tables.ContentItemIndex, "ContentType", "ContentItemId", contentItemIds, cancellationToken))
        {
            // The first live row decides, as a single query over all of them did.
            types.TryAdd((string)row[0]!, (string)row[1]!);
        }

        return types;
    }

    /// <summary>(key, value) of the live rows of an index table whose key column is one of <paramref name="keys"/>, 500 keys a query.</summary>
    public static async Task<List<object?[]>> LiveRowsAsync(SqlSession storage, string table, string valueColumn, string keyColumn,
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var rows = new List<object?[]>();
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var names = chunk.Select((_, index) => $"@k{index}").ToList();
            rows.AddRange(await storage.RowsAsync(
                $"SELECT {keyColumn}, {valueColumn} FROM {table} WHERE {keyColumn} IN ({string.Join(", ", names)}) " +
                "AND (Latest = 1 OR Published = 1)",
                names.Select((name, index) => (name, (object?)chunk[index])).ToList(), cancellationToken));
        }

        return rows;
    }
}

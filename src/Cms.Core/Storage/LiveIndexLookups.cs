namespace Cms.Core.Storage;

/// <summary>
/// What the save checks ask of the index tables about live versions (latest or published): who holds a route path or an
/// alias, and the type of an item. One query per question, or per 500 keys when a batch asks for many at once.
/// </summary>
internal static class LiveIndexLookups
{
    private const string Live = "(Published = 1 OR Latest = 1)";

    /// <summary>
    /// Whether a live version of another item than <paramref name="contentItemId"/> has this route path; with a culture,
    /// only items of that culture or of none collide (a path is unique per culture).
    /// </summary>
    public static async Task<bool> RouteTakenAsync(
        SqlSession session, string path, string contentItemId, string? culture, CancellationToken cancellationToken) =>
        culture is null
            ? await session.ScalarAsync(
                $"SELECT ContentItemId FROM {Tables.AutoroutePartIndex} WHERE Path = @path AND ContentItemId <> @id AND {Live} LIMIT 1",
                [("@path", path), ("@id", contentItemId)], cancellationToken) is string
            : await session.ScalarAsync(
                $"SELECT a.ContentItemId FROM {Tables.AutoroutePartIndex} a WHERE a.Path = @path AND a.ContentItemId <> @id " +
                $"AND (a.Published = 1 OR a.Latest = 1) AND NOT EXISTS (SELECT 1 FROM {Tables.LocalizedContentItemIndex} l " +
                "WHERE l.DocumentId = a.DocumentId AND l.Culture <> @culture) LIMIT 1",
                [("@path", path), ("@id", contentItemId), ("@culture", culture)], cancellationToken) is string;

    /// <summary>Whether a live version of another item than <paramref name="contentItemId"/> has this (lower-case) alias.</summary>
    public static async Task<bool> AliasTakenAsync(SqlSession session, string alias, string contentItemId, CancellationToken cancellationToken) =>
        await session.ScalarAsync(
            $"SELECT ContentItemId FROM {Tables.AliasPartIndex} WHERE Alias = @alias AND ContentItemId <> @id AND {Live} LIMIT 1",
            [("@alias", alias), ("@id", contentItemId)], cancellationToken) is string;

    /// <summary>(path, item id) of every live route row whose path is one of these.</summary>
    public static Task<List<(string Key, string Value)>> RouteOwnersAsync(SqlSession session, IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
        LiveRowsAsync(session, Tables.AutoroutePartIndex, "ContentItemId", "Path", paths, cancellationToken);

    /// <summary>(alias, item id) of every live alias row whose alias is one of these.</summary>
    public static Task<List<(string Key, string Value)>> AliasOwnersAsync(SqlSession session, IReadOnlyList<string> aliases, CancellationToken cancellationToken) =>
        LiveRowsAsync(session, Tables.AliasPartIndex, "ContentItemId", "Alias", aliases, cancellationToken);

    /// <summary>(item id, content type) of every live version of these items.</summary>
    public static Task<List<(string Key, string Value)>> ItemTypesAsync(SqlSession session, IReadOnlyList<string> contentItemIds, CancellationToken cancellationToken) =>
        LiveRowsAsync(session, Tables.ContentItemIndex, "ContentType", "ContentItemId", contentItemIds, cancellationToken);

    private static async Task<List<(string Key, string Value)>> LiveRowsAsync(SqlSession session, string table, string valueColumn, string keyColumn,
        IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string)>();
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(SqlInList.MaxValues))
        {
            var parameters = new List<(string Name, object? Value)>();
            var names = SqlInList.Add(parameters, "@k", chunk);
            // Padding repeats a key, never a row: IN matches each row once however often its key is listed.
            var found = await session.RowsAsync(
                $"SELECT {keyColumn}, {valueColumn} FROM {table} WHERE {keyColumn} IN ({names}) AND (Latest = 1 OR Published = 1)",
                parameters, cancellationToken);
            rows.AddRange(found.Select(row => ((string)row[0]!, (string)row[1]!)));
        }

        return rows;
    }
}

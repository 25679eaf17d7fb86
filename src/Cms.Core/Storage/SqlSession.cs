using System.Data.Common;
using System.Globalization;
using Cms.Core.ContentModel;

namespace Cms.Core.Storage;

/// <summary>
/// Reads shared by the read and write sessions: documents by type and key, content items by index
/// conditions, and typed content queries. Provider errors are translated in one place.
/// </summary>
public abstract partial class SqlSession : IAsyncDisposable
{
    private readonly StoreConnection _connection;
    private readonly ContentItemCache? _sharedItems;

    private protected SqlSession(ISqlDialect dialect, StoreConnection connection, ContentItemCache? sharedItems = null)
    {
        Dialect = dialect;
        _connection = connection;
        _sharedItems = sharedItems;
    }

    public ISqlDialect Dialect { get; }

    /// <summary>Counts SQL statements sent, so tests can prove a constant number of queries.</summary>
    public int CommandCount { get; private set; }

    private protected DbTransaction? Transaction { get; set; }

    /// <summary>Totals kept per content version; only sessions that never write see one (a writer's own rows are uncommitted).</summary>
    private protected ContentCountCache? Counts { get; init; }

    private protected StoreConnection Connection => _connection;

    /// <summary>Whether a statement of this session inserted, updated or deleted a row.</summary>
    private protected bool RowsChanged { get; set; }

    /// <summary>
    /// Whether a changed row is one content readers can see. Every statement counts unless it is known to touch only
    /// users, so an unclassified write errs on the side of a fresh ETag.
    /// </summary>
    private protected bool ContentRowsChanged { get; set; }

    public async Task<StoredDocument?> GetDocumentAsync(string type, string key, CancellationToken cancellationToken)
    {
        var rows = await ReadDocumentsAsync(
            $"SELECT Id, Type, DocumentKey, Content, Version FROM {Tables.Documents} WHERE Type = @type AND DocumentKey = @key",
            [("@type", type), ("@key", key)], cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<StoredDocument>> GetDocumentsAsync(string type, CancellationToken cancellationToken) =>
        ReadDocumentsAsync(
            $"SELECT Id, Type, DocumentKey, Content, Version FROM {Tables.Documents} WHERE Type = @type ORDER BY Id",
            [("@type", type)], cancellationToken);

    /// <summary>The version of a stored document (0 when there is none): a cache's "has it changed?" without reading its content.</summary>
    public async Task<long> GetDocumentVersionAsync(string type, string key, CancellationToken cancellationToken)
    {
        var version = await ScalarAsync(
            $"SELECT Version FROM {Tables.Documents} WHERE Type = @type AND DocumentKey = @key",
            [("@type", type), ("@key", key)], cancellationToken);
        return version is null or DBNull ? 0L : Convert.ToInt64(version, CultureInfo.InvariantCulture);
    }

    /// <summary>Asks the database a trivial question: throws <see cref="StoreUnavailableException"/> (or the provider's error) when it cannot answer.</summary>
    public Task CheckReachableAsync(CancellationToken cancellationToken) => ScalarAsync("SELECT 1", [], cancellationToken);

    /// <summary>Loads content item versions whose index row matches a condition on alias <c>i</c>.</summary>
    /// <param name="orderBy">The order of the rows; null when the caller does not care, so no row (nor its JSON) is sorted.</param>
    internal async Task<IReadOnlyList<ContentItem>> LoadContentItemsAsync(
        string condition, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken,
        string? orderBy = "i.DocumentId")
    {
        var sql = $"SELECT d.Id, d.Content, i.DocumentVersion FROM {Tables.ContentItemIndex} i " +
                  $"JOIN {Tables.Documents} d ON d.Id = i.DocumentId WHERE {condition}" + (orderBy is null ? "" : $" ORDER BY {orderBy}");
        return await ReadContentItemsAsync(sql, parameters, cancellationToken);
    }

    public Task<ContentItem?> GetContentItemAsync(string contentItemId, VersionOptions options, CancellationToken cancellationToken)
    {
        var condition = options switch
        {
            VersionOptions.Published => "i.ContentItemId = @id AND i.Published = 1",
            VersionOptions.Draft => "i.ContentItemId = @id AND i.Latest = 1 AND i.Published = 0",
            _ => "i.ContentItemId = @id AND i.Latest = 1",
        };
        return FirstAsync(condition, [("@id", contentItemId)], cancellationToken);
    }

    public Task<ContentItem?> GetContentItemVersionAsync(string contentItemVersionId, CancellationToken cancellationToken) =>
        FirstAsync("i.ContentItemVersionId = @id", [("@id", contentItemVersionId)], cancellationToken);

    /// <summary>Every stored version of an item, oldest first.</summary>
    public Task<IReadOnlyList<ContentItem>> ListContentItemVersionsAsync(string contentItemId, CancellationToken cancellationToken) =>
        LoadContentItemsAsync("i.ContentItemId = @id", [("@id", contentItemId)], cancellationToken);

    /// <summary>The published or latest versions of many items at once (one query), keyed by id.</summary>
    public async Task<IReadOnlyDictionary<string, ContentItem>> GetContentItemsAsync(
        IReadOnlyCollection<string> contentItemIds, VersionOptions options, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        foreach (var chunk in contentItemIds.Distinct(StringComparer.Ordinal).Chunk(SqlInList.MaxValues))
        {
            var parameters = new List<(string Name, object? Value)>();
            var names = SqlInList.Add(parameters, "@id", chunk);
            // The flag kept off index selection: otherwise SQLite may walk every published row (an index led by Published)
            // instead of looking the ids up, a cost that grows with the store.
            var flag = options == VersionOptions.Published ? $"{Dialect.NotIndexed("i.Published")} = 1" : "i.Latest = 1";
            var items = await LoadContentItemsAsync($"i.ContentItemId IN ({names}) AND {flag}", parameters, cancellationToken, orderBy: null);
            foreach (var item in items)
            {
                result[item.ContentItemId] = item;
            }
        }

        return result;
    }

    /// <summary>
    /// The content type stored for each of these ids that has any version at all, a deleted item's history included:
    /// an id, once used, belongs to its item.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> GetStoredContentTypesAsync(
        IReadOnlyCollection<string> contentItemIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in contentItemIds.Distinct(StringComparer.Ordinal).Chunk(SqlInList.MaxValues))
        {
            var parameters = new List<(string Name, object? Value)>();
            var names = SqlInList.Add(parameters, "@id", chunk);
            var rows = await RowsAsync(
                $"SELECT DISTINCT ContentItemId, ContentType FROM {Tables.ContentItemIndex} WHERE ContentItemId IN ({names})",
                parameters, cancellationToken);
            foreach (var row in rows)
            {
                result.TryAdd((string)row[0]!, (string)row[1]!);
            }
        }

        return result;
    }

    /// <summary>The store's version: it changes with every committed write (documents, indexes, definitions, roles, users).</summary>
    public async Task<long> ReadStoreVersionAsync(CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync($"SELECT Version FROM {Tables.StoreVersion} WHERE Id = 1", [], cancellationToken),
            CultureInfo.InvariantCulture);

    /// <summary>The content version: it changes with every committed write except those that touch only users.</summary>
    public async Task<long> ReadContentVersionAsync(CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync($"SELECT Version FROM {Tables.ContentVersion} WHERE Id = 1", [], cancellationToken),
            CultureInfo.InvariantCulture);

    /// <summary>Both change counters in one statement (what a node polls when it hears no change notices).</summary>
    public async Task<StoreVersions> ReadVersionsAsync(CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(
            $"SELECT s.Version, c.Version FROM {Tables.StoreVersion} s, {Tables.ContentVersion} c WHERE s.Id = 1 AND c.Id = 1",
            [], cancellationToken);
        return new StoreVersions(Convert.ToInt64(rows[0][0], CultureInfo.InvariantCulture), Convert.ToInt64(rows[0][1], CultureInfo.InvariantCulture));
    }

    internal Task<object?> ScalarAsync(
        string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken) =>
        RunAsync(sql, parameters, command => command.ExecuteScalarAsync(cancellationToken));

    internal async Task<int> ExecuteAsync(
        string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var affected = await RunAsync(sql, parameters, command => command.ExecuteNonQueryAsync(cancellationToken));
        RowsChanged |= affected > 0;
        ContentRowsChanged |= affected > 0;
        return affected;
    }

    /// <summary>Rows of an arbitrary query as arrays of column values, for index look-ups.</summary>
    internal async Task<IReadOnlyList<object?[]>> RowsAsync(
        string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var command = CreateCommand(sql, parameters);
        await using var reader = await ExecuteReaderAsync(command, cancellationToken);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(values);
        }

        return rows;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
            Transaction = null;
        }

        await _connection.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>The connection's prepared command for this SQL, with these values bound; owned by the connection, never disposed here.</summary>
    private protected DbCommand CreateCommand(string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var command = _connection.Command(sql, parameters);
        command.Transaction = Transaction;
        return command;
    }

    private protected async Task<T> RunAsync<T>(
        string sql, IReadOnlyList<(string Name, object? Value)> parameters, Func<DbCommand, Task<T>> execute)
    {
        var command = CreateCommand(sql, parameters);
        try
        {
            CommandCount++;
            return await execute(command);
        }
        catch (DbException exception) when (Dialect.Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    private async Task<ContentItem?> FirstAsync(
        string condition, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var items = await LoadContentItemsAsync(condition, parameters, cancellationToken, "i.DocumentId DESC");
        return items.Count == 0 ? null : items[0];
    }

    private async Task<DbDataReader> ExecuteReaderAsync(DbCommand command, CancellationToken cancellationToken)
    {
        try
        {
            CommandCount++;
            return await command.ExecuteReaderAsync(cancellationToken);
        }
        catch (DbException exception) when (Dialect.Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    private async Task<IReadOnlyList<StoredDocument>> ReadDocumentsAsync(
        string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var command = CreateCommand(sql, parameters);
        await using var reader = await ExecuteReaderAsync(command, cancellationToken);
        var documents = new List<StoredDocument>();
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add(new StoredDocument(reader.GetInt64(0), reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetInt64(4)));
        }

        return documents;
    }

    private async Task<IReadOnlyList<ContentItem>> ReadContentItemsAsync(
        string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var command = CreateCommand(sql, parameters);
        await using var reader = await ExecuteReaderAsync(command, cancellationToken);
        var items = new List<ContentItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(ReadContentItem(reader));
        }

        return items;
    }

    /// <summary>
    /// A content item from a row of (Id, Content, Version), the version read from the item's index row: the shared copy
    /// of that version when this session shares items (the stored JSON is then never copied out of the database), else
    /// parsed from the UTF-8 bytes the store holds.
    /// </summary>
    private ContentItem ReadContentItem(DbDataReader reader)
    {
        var documentId = reader.GetInt64(0);
        var version = reader.GetInt64(2);
        if (_sharedItems?.Find(documentId, version) is { } shared)
        {
            return shared;
        }

        var json = Dialect.ReadUtf8(reader, 1);
        var item = ContentItemJson.Parse(json);
        item.DocumentId = documentId;
        item.DocumentVersion = version;
        _sharedItems?.Add(item, json.Length);
        return item;
    }
}

using System.Data.Common;
using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage;

/// <summary>
/// One write transaction. Documents and their index rows are written inside it as they are saved
/// (so later reads in the session see them); <see cref="CommitAsync"/> makes them visible at once,
/// and disposing without committing rolls everything back.
/// </summary>
public sealed class WriteSession : SqlSession
{
    private readonly List<Action> _afterCommit = [];
    private readonly ContentSearchWriter _search;
    private bool _committed;

    internal WriteSession(ISqlDialect dialect, StoreConnection connection, DbTransaction transaction)
        : base(dialect, connection)
    {
        Transaction = transaction;
        _search = new ContentSearchWriter(dialect);
    }

    /// <summary>
    /// Set when what the session writes changes no answer a reader may hold (a persisted query's text): the store's
    /// version then stays, so ETags and caches keyed on it stay valid.
    /// </summary>
    internal bool KeepsStoreVersion { get; set; }

    /// <summary>Told the versions this session's commit produced, when it changed them (the store's own view of itself).</summary>
    internal StoreVersionWatch? Watch { get; set; }

    /// <summary>The long writer this session registered as (see <see cref="DocumentStore.OpenLongWriteSessionAsync"/>), if any.</summary>
    internal WriteLockHolder? Holder { get; set; }

    /// <summary>Runs after a successful commit (cache invalidation); never after a rollback.</summary>
    public void OnCommitted(Action action) => _afterCommit.Add(action);

    public async Task<StoredDocument> InsertDocumentAsync(string type, string? key, string content, CancellationToken cancellationToken)
    {
        var id = await ScalarAsync(
            $"INSERT INTO {Documents} (Type, DocumentKey, Content, Version) VALUES (@type, @key, @content, 1) RETURNING Id",
            [("@type", type), ("@key", key), ("@content", content)], cancellationToken);
        NoteChanged(type);
        return new StoredDocument(Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture), type, key, content, 1);
    }

    /// <summary>Rewrites a document if it is still at <paramref name="expectedVersion"/>; returns the new version.</summary>
    public async Task<long> UpdateDocumentAsync(long id, long expectedVersion, string content, CancellationToken cancellationToken)
    {
        var type = await ScalarAsync(
            $"UPDATE {Documents} SET Content = @content, Version = Version + 1 WHERE Id = @id AND Version = @version RETURNING Type",
            [("@content", content), ("@id", id), ("@version", expectedVersion)], cancellationToken);
        if (type is not string updated)
        {
            throw new StoreConcurrencyException(
                $"Document {id} was changed by someone else since version {expectedVersion} was read.");
        }

        NoteChanged(updated);
        return expectedVersion + 1;
    }

    /// <summary>Writes a singleton document (definitions, settings, a role) by type and key, returning its new version.</summary>
    public async Task<long> PutDocumentAsync(string type, string key, string content, CancellationToken cancellationToken)
    {
        var existing = await GetDocumentAsync(type, key, cancellationToken);
        if (existing is null)
        {
            return (await InsertDocumentAsync(type, key, content, cancellationToken)).Version;
        }

        return await UpdateDocumentAsync(existing.Id, existing.Version, content, cancellationToken);
    }

    public async Task DeleteDocumentAsync(long id, CancellationToken cancellationToken)
    {
        if (await ScalarAsync($"DELETE FROM {Documents} WHERE Id = @id RETURNING Type", [("@id", id)], cancellationToken) is string type)
        {
            NoteChanged(type);
            if (type == DocumentTypes.ContentItem)
            {
                // Full-text rows are not tied to the document by a foreign key (a virtual table has none).
                await _search.RemoveAsync(this, [id], cancellationToken);
            }
        }
    }

    /// <summary>Writes a user's index row, replacing the one its document had.</summary>
    public async Task WriteUserIndexRowAsync(
        long documentId, string userId, string normalizedUserName, string? normalizedEmail, CancellationToken cancellationToken)
    {
        await DeleteUserIndexRowAsync(documentId, cancellationToken);
        await ExecuteOnUserRowsAsync(
            $"INSERT INTO {UserIndex} (DocumentId, UserId, NormalizedUserName, NormalizedEmail) VALUES (@doc, @id, @name, @email)",
            [("@doc", documentId), ("@id", userId), ("@name", normalizedUserName), ("@email", normalizedEmail)], cancellationToken);
    }

    public Task DeleteUserIndexRowAsync(long documentId, CancellationToken cancellationToken) =>
        ExecuteOnUserRowsAsync($"DELETE FROM {UserIndex} WHERE DocumentId = @id", [("@id", documentId)], cancellationToken);

    /// <summary>
    /// Stores one content item version and rewrites its index rows. A new version is inserted; a
    /// stored one is updated only if nobody changed it since it was read (else a conflict).
    /// </summary>
    public async Task SaveContentItemAsync(ContentItem item, ContentIndexEntries entries, CancellationToken cancellationToken)
    {
        var json = ContentItemJson.Serialize(item);
        if (item.DocumentId == 0)
        {
            await InsertContentItemAsync(item, entries, json, cancellationToken);
            return;
        }

        item.DocumentVersion = await UpdateDocumentAsync(item.DocumentId, item.DocumentVersion, json, cancellationToken);
        await DeleteIndexRowsAsync(item.DocumentId, cancellationToken);
        await WriteIndexRowsAsync(item, entries, cancellationToken);
    }

    /// <summary>Inserts a new content item version whose JSON is already serialised.</summary>
    internal async Task InsertContentItemAsync(ContentItem item, ContentIndexEntries entries, string json, CancellationToken cancellationToken)
    {
        var stored = await InsertDocumentAsync(DocumentTypes.ContentItem, item.ContentItemVersionId, json, cancellationToken);
        item.DocumentId = stored.Id;
        item.DocumentVersion = stored.Version;
        await WriteIndexRowsAsync(item, entries, cancellationToken);
    }

    /// <summary>
    /// Inserts new content item versions (distinct version ids, none stored) with a few multi-row statements: the
    /// documents in order, then each index table's rows in the same order, as inserting them one by one would.
    /// </summary>
    internal async Task InsertContentItemsAsync(
        IReadOnlyList<(ContentItem Item, ContentIndexEntries Entries, string Json)> versions, CancellationToken cancellationToken)
    {
        for (var first = 0; first < versions.Count;)
        {
            var chunk = versions.Skip(first).Take(MultiRowInsert.NextRows(versions.Count - first)).ToList();
            first += chunk.Count;
            var parameters = new List<(string, object?)>((chunk.Count * 2) + 1) { ("@type", DocumentTypes.ContentItem) };
            var values = chunk.Select((version, i) =>
            {
                parameters.Add(($"@k{i}", version.Item.ContentItemVersionId));
                parameters.Add(($"@c{i}", version.Json));
                return $"(@type, @k{i}, @c{i}, 1)";
            }).ToList();

            // RETURNING gives no order, so each id is matched to its version by the document key.
            var rows = await RowsAsync(
                $"INSERT INTO {Documents} (Type, DocumentKey, Content, Version) VALUES {string.Join(", ", values)} RETURNING Id, DocumentKey",
                parameters, cancellationToken);
            var ids = rows.ToDictionary(r => (string)r[1]!, r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
            foreach (var (item, _, _) in chunk)
            {
                item.DocumentId = ids[item.ContentItemVersionId];
                item.DocumentVersion = 1;
            }
        }

        if (versions.Count > 0)
        {
            NoteChanged(DocumentTypes.ContentItem);
        }

        var indexRows = new ContentIndexRows();
        foreach (var (item, entries, _) in versions)
        {
            ContentIndexWriter.Add(indexRows, item, entries);
        }

        await indexRows.InsertAsync(this, cancellationToken);
        await _search.WriteAsync(this, versions.Select(v => (v.Item, v.Entries)).ToList(), cancellationToken);
    }

    /// <summary>Rewrites only the index rows of a stored version (its definition changed, its JSON did not).</summary>
    public async Task ReindexContentItemAsync(ContentItem item, ContentIndexEntries entries, CancellationToken cancellationToken)
    {
        await DeleteIndexRowsAsync(item.DocumentId, cancellationToken);
        await WriteIndexRowsAsync(item, entries, cancellationToken);
    }

    /// <summary>Writes the full-text rows of stored versions (a rebuild; saves write their own).</summary>
    internal Task IndexSearchAsync(IReadOnlyList<(ContentItem Item, ContentIndexEntries Entries)> versions, CancellationToken cancellationToken) =>
        _search.WriteAsync(this, versions, cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (Transaction is null || _committed)
        {
            throw new InvalidOperationException("The write session has already been committed.");
        }

        if (ContentRowsChanged && !KeepsStoreVersion)
        {
            // Content readers' ETags key on this one; users' writes (a sign-in) leave it, and their answers, alone.
            await ExecuteAsync($"UPDATE {ContentVersion} SET Version = Version + 1 WHERE Id = 1", [], cancellationToken);
        }

        if (RowsChanged && !KeepsStoreVersion)
        {
            // The store's version moves with every commit that changed a row.
            await ExecuteAsync($"UPDATE {StoreVersion} SET Version = Version + 1 WHERE Id = 1", [], cancellationToken);
        }

        if (Holder is not null)
        {
            // Inside the transaction: the row naming this writer disappears exactly when the lock is released.
            await WriteLocks.ReleaseAsync(Connection, Transaction, Holder, cancellationToken);
        }

        // Read inside the transaction, so these are exactly the versions this commit leaves behind.
        var versions = RowsChanged && !KeepsStoreVersion && Watch is not null ? await ReadVersionsAsync(cancellationToken) : (StoreVersions?)null;
        await Transaction.CommitAsync(cancellationToken);
        _committed = true;
        if (versions is { } committed)
        {
            Watch!.OnCommitted(committed);
        }

        foreach (var action in _afterCommit)
        {
            action();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Transaction is not null && !_committed)
        {
            await Transaction.RollbackAsync();
            if (Holder is not null)
            {
                await Transaction.DisposeAsync();
                Transaction = null;
                await DocumentStore.ForgetAsync(Dialect, Connection, Holder);
            }
        }

        await base.DisposeAsync();
    }

    /// <summary>A statement that changes only user rows, which no content reader sees: the content version stays.</summary>
    private async Task ExecuteOnUserRowsAsync(
        string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var affected = await RunAsync(sql, parameters, command => command.ExecuteNonQueryAsync(cancellationToken));
        RowsChanged |= affected > 0;
    }

    /// <summary>A document of this type changed: only users' and API keys' documents are invisible to content readers.</summary>
    private void NoteChanged(string documentType)
    {
        RowsChanged = true;
        ContentRowsChanged |= !string.Equals(documentType, DocumentTypes.User, StringComparison.Ordinal) &&
            !string.Equals(documentType, DocumentTypes.ApiKey, StringComparison.Ordinal) &&
            !string.Equals(documentType, DocumentTypes.DataProtectionKey, StringComparison.Ordinal);
    }

    private async Task DeleteIndexRowsAsync(long documentId, CancellationToken cancellationToken)
    {
        foreach (var table in ContentIndexWriter.IndexTables)
        {
            await ExecuteAsync($"DELETE FROM {table} WHERE DocumentId = @id", [("@id", documentId)], cancellationToken);
        }

        await _search.RemoveAsync(this, [documentId], cancellationToken);
    }

    private async Task WriteIndexRowsAsync(ContentItem item, ContentIndexEntries entries, CancellationToken cancellationToken)
    {
        await ContentIndexWriter.WriteAsync(this, item, entries, cancellationToken);
        await _search.WriteAsync(this, [(item, entries)], cancellationToken);
    }
}

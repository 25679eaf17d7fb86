using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Cms.Core.Storage.Sqlite;

/// <summary>
/// SQLite: one file, WAL journal, a busy timeout so writers queue, foreign keys on. Connections are kept open in the
/// dialect's own pool, each with its prepared commands, and set up once when opened.
/// </summary>
public sealed class SqliteDialect : ISqlDialect, IDisposable, IAsyncDisposable
{
    // Requests wait for SQLite one at a time per connection; more idle connections than this are closed on return.
    private const int MaxIdleConnections = 32;

    private readonly string _connectionString;
    private readonly ConcurrentBag<StoreConnection> _idle = [];
    private int _idleCount;
    private bool _disposed;

    public SqliteDialect(string databaseFile, int busyTimeoutMilliseconds = 10_000)
    {
        DatabaseFile = databaseFile;
        BusyTimeoutMilliseconds = busyTimeoutMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            // The dialect pools open connections itself, so that their prepared commands survive between sessions.
            Pooling = false,
            DefaultTimeout = Math.Max(1, busyTimeoutMilliseconds / 1000),
        }.ToString();
    }

    public string Name => "Sqlite";

    public string DatabaseFile { get; }

    public int BusyTimeoutMilliseconds { get; }

    public string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public async Task<StoreConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // temp_store: statement journals (kept so one failing statement of a long transaction can be undone) stay in
            // memory instead of a temporary file that a large import rewrote over a gigabyte of pages into.
            command.CommandText =
                $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={BusyTimeoutMilliseconds}; " +
                "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new StoreConnection(connection, ReleaseAsync);
        }
        catch (SqliteException exception)
        {
            await connection.DisposeAsync();
            throw new StoreUnavailableException($"Cannot open the SQLite database '{DatabaseFile}': {exception.Message}", exception);
        }
    }

    /// <summary>Closes the idle connections; connections still lent out are closed when they come back.</summary>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            // SQLite closes a file synchronously: no async work to block on here.
            idle.Close();
        }
    }

    /// <inheritdoc cref="Dispose"/>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            await idle.CloseAsync();
        }
    }

    /// <summary>
    /// Back to the pool, unless the pool is full or closed, or the connection is not in a clean state (closed, or
    /// inside a transaction that was neither committed nor rolled back): those are closed.
    /// </summary>
    private ValueTask ReleaseAsync(StoreConnection connection)
    {
        var sqlite = (SqliteConnection)connection.Connection;
        var clean = sqlite.State == ConnectionState.Open && sqlite.Handle is { } handle && raw.sqlite3_get_autocommit(handle) != 0;
        if (!clean || _disposed || Interlocked.Increment(ref _idleCount) > MaxIdleConnections)
        {
            if (clean && !_disposed)
            {
                Interlocked.Decrement(ref _idleCount);
            }

            return connection.CloseAsync();
        }

        _idle.Add(connection);
        return ValueTask.CompletedTask;
    }

    public async Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Non-deferred (BEGIN IMMEDIATE): the write lock is taken up front, so two writers queue on the
        // busy timeout instead of failing with a lock upgrade error halfway through.
        var sqlite = (SqliteConnection)connection;
        try
        {
            return await Task.Run(() => sqlite.BeginTransaction(deferred: false), cancellationToken);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is 5 or 6)
        {
            throw new StoreUnavailableException("The database stayed locked by another writer past the busy timeout.", exception);
        }
    }

    /// <summary>Deferred: in WAL mode its first read fixes the snapshot, and writers go on committing beside it.</summary>
    public async Task<DbTransaction> BeginReadTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await Task.Run(() => ((SqliteConnection)connection).BeginTransaction(deferred: true), cancellationToken);

    public string LikeInsensitive(string column, string pattern) => $"{column} LIKE {pattern} ESCAPE '\\'";

    /// <summary>SQLite's unary plus: the same value, but no longer a column an index can serve.</summary>
    public string NotIndexed(string column) => "+" + column;

    public string ExplainQueryPlan(string sql) => "EXPLAIN QUERY PLAN " + sql;

    /// <summary>Nothing to take: the migration runs in a write transaction (BEGIN IMMEDIATE), which already excludes every other writer.</summary>
    public Task AcquireMigrationLockAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>SQLite stores TEXT as UTF-8 and hands its bytes over without making a string first.</summary>
    public byte[] ReadUtf8(DbDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);

    /// <summary>SQLite has no LIMIT ALL; a negative limit means none.</summary>
    public string UnboundedLimit => "LIMIT -1";

    /// <summary>The portable types are SQLite's own.</summary>
    public string SchemaStatement(string statement) => statement;

    public Exception? Translate(DbException exception) => exception is SqliteException sqlite
        ? sqlite.SqliteErrorCode switch
        {
            5 or 6 => new StoreUnavailableException("The database is locked by another writer.", exception),
            19 when sqlite.SqliteExtendedErrorCode is 2067 or 1555 =>
                new StoreConcurrencyException("A row with the same unique key was written concurrently.", exception),
            _ => null,
        }
        : null;
}

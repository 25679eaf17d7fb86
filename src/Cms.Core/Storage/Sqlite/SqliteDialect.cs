using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Cms.Core.Storage.Sqlite;

/// <summary>SQLite: one file, WAL journal, a busy timeout so writers queue, foreign keys on.</summary>
public sealed class SqliteDialect : ISqlDialect
{
    private static readonly object Configured = new();
    private readonly string _connectionString;
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public SqliteDialect(string databaseFile, int busyTimeoutMilliseconds = 10_000)
    {
        DatabaseFile = databaseFile;
        BusyTimeoutMilliseconds = busyTimeoutMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, busyTimeoutMilliseconds / 1000),
        }.ToString();
    }

    public string Name => "Sqlite";

    public string DatabaseFile { get; }

    public int BusyTimeoutMilliseconds { get; }

    public string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // The settings stay with the native connection, which the pool hands out again and again: set them
            // once per native connection rather than on every open (four statements per request otherwise).
            if (connection.Handle is { } handle && !_configured.TryGetValue(handle, out _))
            {
                await using var command = connection.CreateCommand();
                command.CommandText =
                    $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={BusyTimeoutMilliseconds}; " +
                    "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";
                await command.ExecuteNonQueryAsync(cancellationToken);
                _configured.AddOrUpdate(handle, Configured);
            }

            return connection;
        }
        catch (SqliteException exception)
        {
            await connection.DisposeAsync();
            throw new StoreUnavailableException($"Cannot open the SQLite database '{DatabaseFile}': {exception.Message}", exception);
        }
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

    public string LikeInsensitive(string column, string parameter) => $"{column} LIKE {parameter} ESCAPE '\\'";

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

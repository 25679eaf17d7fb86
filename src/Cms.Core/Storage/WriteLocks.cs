using System.Data.Common;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage;

/// <summary>
/// The <c>Locks</c> row naming the long writer. SQLite has one write lock and a row written inside a transaction is
/// invisible until it commits, so a long writer first commits a short write naming itself, then begins its long
/// transaction, and deletes the row inside it (gone exactly when the lock is released). A waiter that gives up reads
/// the row outside any transaction. Only a writer that holds no lock can write the row, so the row always names the
/// last long writer that started; a row left by a process that died is recognised by its pid (or its age) and ignored.
/// </summary>
internal static class WriteLocks
{
    public const string WriterLockName = "writer";

    // A row older than this names no live writer, whatever its pid says (a machine we cannot look into).
    private static readonly TimeSpan StaleAfter = TimeSpan.FromDays(1);

    /// <summary>Commits the row naming <paramref name="holder"/>; fails, naming the current holder, when the store stays locked.</summary>
    public static async Task RegisterAsync(ISqlDialect dialect, WriteLockHolder holder, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        DbTransaction transaction;
        try
        {
            transaction = await dialect.BeginWriteTransactionAsync(connection.Connection, cancellationToken);
        }
        catch (StoreUnavailableException exception)
        {
            throw await BusyAsync(dialect, clock, exception, cancellationToken);
        }

        await using (transaction)
        {
            await ExecuteAsync(connection, transaction,
                $"INSERT INTO {Locks} (Name, Owner, ExpiresUtc) VALUES (@name, @owner, @expires) " +
                "ON CONFLICT (Name) DO UPDATE SET Owner = excluded.Owner, ExpiresUtc = excluded.ExpiresUtc",
                [("@name", WriterLockName), ("@owner", holder.ToJson()), ("@expires", DbValues.FromDate((holder.StartedUtc + StaleAfter).UtcDateTime))],
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Deletes the row if it still names <paramref name="holder"/>, in the caller's transaction.</summary>
    public static Task ReleaseAsync(StoreConnection connection, DbTransaction transaction, WriteLockHolder holder, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, $"DELETE FROM {Locks} WHERE Name = @name AND Owner = @owner",
            [("@name", WriterLockName), ("@owner", holder.ToJson())], cancellationToken);

    /// <summary>The error for a writer that waited in vain: who holds the store, and when to try again.</summary>
    public static async Task<StoreUnavailableException> BusyAsync(
        ISqlDialect dialect, TimeProvider clock, StoreUnavailableException waited, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var holder = await FindAsync(dialect, now, cancellationToken);
        var message = holder is null
            ? $"{waited.Message} No long writer (recipe, import, setup, migration) has registered, so it was a short write or a process " +
              "that stopped; retry in a few seconds."
            : $"{waited.Message} It is held by {holder.Describe(now)}. Retry when that has finished (it applies in one transaction and " +
              "releases the lock the moment it commits or fails), or let this command wait longer with Cms:BusyTimeoutMilliseconds.";
        return new StoreUnavailableException(message, waited);
    }

    /// <summary>The registered long writer, unless its row is stale (its process ended, or it is older than a day).</summary>
    public static async Task<WriteLockHolder?> FindAsync(ISqlDialect dialect, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
            var command = connection.Command($"SELECT Owner, ExpiresUtc FROM {Locks} WHERE Name = @name", [("@name", WriterLockName)]);
            command.Transaction = null;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || DbValues.ToDate(reader.GetString(1)) < now.UtcDateTime)
            {
                return null;
            }

            return WriteLockHolder.FromJson(reader.GetString(0)) is { } holder && holder.MayStillRun() ? holder : null;
        }
        catch (DbException)
        {
            // Without the row (an old schema, a damaged file) the waiter's own message still stands.
            return null;
        }
    }

    private static async Task ExecuteAsync(StoreConnection connection, DbTransaction transaction, string sql,
        IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        var command = connection.Command(sql, parameters);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using System.Data.Common;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage;

/// <summary>
/// Cluster-wide locks as rows of the <c>Locks</c> table, each with an owner token and an expiry: a row past its expiry is
/// free to take, so a node that died gives its locks up by itself. Names are prefixed so they never meet the long
/// writer's row (<see cref="WriteLocks"/>). Each statement is its own short write transaction.
/// </summary>
internal static class ClusterLocks
{
    private const string NamePrefix = "cluster:";

    /// <summary>Takes the lock when nobody holds it or its holder's expiry has passed; false when someone else holds it.</summary>
    public static Task<bool> TryTakeAsync(ISqlDialect dialect, string name, string owner, DateTime nowUtc, DateTime expiresUtc,
        CancellationToken cancellationToken) =>
        WriteAsync(dialect,
            $"INSERT INTO {Locks} (Name, Owner, ExpiresUtc) VALUES (@name, @owner, @expires) " +
            $"ON CONFLICT (Name) DO UPDATE SET Owner = excluded.Owner, ExpiresUtc = excluded.ExpiresUtc WHERE {Locks}.ExpiresUtc < @now",
            [("@name", NamePrefix + name), ("@owner", owner), ("@expires", DbValues.FromDate(expiresUtc)), ("@now", DbValues.FromDate(nowUtc))],
            cancellationToken);

    /// <summary>Moves the expiry of a lock <paramref name="owner"/> still holds; false when it has lost it.</summary>
    public static Task<bool> TryExtendAsync(ISqlDialect dialect, string name, string owner, DateTime nowUtc, DateTime expiresUtc,
        CancellationToken cancellationToken) =>
        WriteAsync(dialect,
            $"UPDATE {Locks} SET ExpiresUtc = @expires WHERE Name = @name AND Owner = @owner AND ExpiresUtc >= @now",
            [("@name", NamePrefix + name), ("@owner", owner), ("@expires", DbValues.FromDate(expiresUtc)), ("@now", DbValues.FromDate(nowUtc))],
            cancellationToken);

    /// <summary>Gives the lock up if <paramref name="owner"/> still holds it.</summary>
    public static Task<bool> ReleaseAsync(ISqlDialect dialect, string name, string owner, CancellationToken cancellationToken) =>
        WriteAsync(dialect, $"DELETE FROM {Locks} WHERE Name = @name AND Owner = @owner",
            [("@name", NamePrefix + name), ("@owner", owner)], cancellationToken);

    private static async Task<bool> WriteAsync(ISqlDialect dialect, string sql, IReadOnlyList<(string Name, object? Value)> parameters,
        CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenConnectionAsync(cancellationToken);
        await using DbTransaction transaction = await dialect.BeginWriteTransactionAsync(connection.Connection, cancellationToken);
        var command = connection.Command(sql, parameters);
        command.Transaction = transaction;
        var affected = await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return affected == 1;
    }
}

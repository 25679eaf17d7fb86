using System.Data.Common;

namespace Cms.Core.Storage;

/// <summary>
/// Everything that differs between database providers. Callers write portable SQL (LIMIT/OFFSET,
/// RETURNING, NULLS FIRST/LAST, values stored in the same formats everywhere) and ask the dialect
/// for the rest.
/// </summary>
public interface ISqlDialect
{
    string Name { get; }

    /// <summary>
    /// A connection ready for use (pragmas or session settings applied), from the dialect's pool when one is idle;
    /// disposing it gives it back.
    /// </summary>
    Task<StoreConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Starts the single write transaction of a write session.</summary>
    Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A transaction that only reads: every read in it sees the database as of one commit, and no writer waits on it.</summary>
    Task<DbTransaction> BeginReadTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The column definition of an auto-incremented 64-bit primary key.</summary>
    string IdentityColumn { get; }

    /// <summary>A case-insensitive LIKE comparison of a column with a pattern expression (wildcards escaped with a backslash).</summary>
    string LikeInsensitive(string column, string pattern);

    /// <summary>
    /// A column the planner must not pick an index for, compared as a plain value: where a few rows are looked up by a
    /// key, an index on the flags or the type would otherwise be walked in date order to spare sorting those few rows.
    /// </summary>
    string NotIndexed(string column);

    /// <summary>The statement that shows the plan of a query: one row per step, the step's text in the last column.</summary>
    string ExplainQueryPlan(string sql);

    /// <summary>
    /// A schema statement (written with the portable types TEXT, INTEGER, REAL in capitals) as this provider runs it.
    /// </summary>
    string SchemaStatement(string statement);

    /// <summary>Turns a provider exception into ours (conflict, busy), or returns null to let it through.</summary>
    Exception? Translate(DbException exception);

    /// <summary>
    /// Called first inside the migration transaction: returns once no other process can migrate the schema until that
    /// transaction ends, so nodes starting together migrate once. A server database takes an advisory or table lock here.
    /// </summary>
    Task AcquireMigrationLockAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>A TEXT column's value as UTF-8 bytes (content JSON is parsed from bytes); providers that can hand them over without a string override this.</summary>
    byte[] ReadUtf8(DbDataReader reader, int ordinal) => System.Text.Encoding.UTF8.GetBytes(reader.GetString(ordinal));

    /// <summary>The LIMIT clause of a query that skips rows but takes all the rest (SQL's <c>LIMIT ALL</c>).</summary>
    string UnboundedLimit => "LIMIT ALL";
}

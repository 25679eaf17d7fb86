using System.Data.Common;

namespace Cms.Core.Storage;

/// <summary>The database: migrations at start-up, and sessions to read or write. A singleton.</summary>
public sealed class DocumentStore
{
    /// <summary>The estimated memory of shared items when none is configured: 64 MB.</summary>
    public const long DefaultSharedItemBytes = 64L * 1024 * 1024;

    public DocumentStore(ISqlDialect dialect)
        : this(dialect, new ContentItemCache(DefaultSharedItemBytes))
    {
    }

    public DocumentStore(ISqlDialect dialect, ContentItemCache sharedItems)
    {
        Dialect = dialect;
        SharedItems = sharedItems;
    }

    public ISqlDialect Dialect { get; }

    /// <summary>What this process is, as a writer waiting for the store names it: <c>server</c>, or the verb (<c>cms recipe run</c>).</summary>
    public string ProcessName { get; set; } = "server";

    /// <summary>For the start times of long writers.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>This process's view of the store's versions, moved by its commits and by change notices.</summary>
    public StoreVersionWatch Versions { get; } = new();

    /// <summary>Reads the store's versions and takes them into <see cref="Versions"/>; true when they moved.</summary>
    public async Task<bool> PollVersionsAsync(CancellationToken cancellationToken)
    {
        await using var session = await OpenReadSessionAsync(cancellationToken);
        return Versions.Observe(await session.ReadVersionsAsync(cancellationToken));
    }

    /// <summary>The parsed item versions that sessions opened by <see cref="OpenSharedReadSessionAsync"/> share.</summary>
    public ContentItemCache SharedItems { get; }

    /// <summary>Totals of content queries, answered from memory while the store's content is unchanged; every read session uses it.</summary>
    public ContentCountCache Counts { get; } = new(ContentCountCache.DefaultMaxEntries);

    /// <summary>
    /// Creates or upgrades the schema; returns the schema version found before. An up-to-date store is only read, so
    /// starting a verb never waits for (or takes) the write lock; an upgrade registers as a long writer.
    /// </summary>
    public async Task<int> InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        var current = await SchemaMigrations.CurrentVersionAsync(connection.Connection, cancellationToken);
        var latest = SchemaMigrations.Latest(Dialect);
        if (current == latest)
        {
            return current;
        }

        // Before version 1 there is no Locks table to name the writer in (and nothing to wait for on a new file).
        var holder = current == 0 ? null : WriteLockHolder.Current(ProcessName, $"the schema migration from version {current} to {latest}", Clock);
        if (holder is not null)
        {
            await WriteLocks.RegisterAsync(Dialect, holder, Clock, cancellationToken);
        }

        try
        {
            var before = await SchemaMigrations.ApplyAsync(Dialect, connection.Connection, cancellationToken);
            await PlannerStatistics.RefreshAsync(connection.Connection, cancellationToken);
            return before;
        }
        catch (StoreUnavailableException exception)
        {
            throw await WriteLocks.BusyAsync(Dialect, Clock, exception, cancellationToken);
        }
        finally
        {
            if (holder is not null)
            {
                await ForgetAsync(Dialect, connection, holder);
            }
        }
    }

    /// <summary>The schema version the database is at, changing nothing (verbs that only read check it).</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        return await SchemaMigrations.CurrentVersionAsync(connection.Connection, cancellationToken);
    }

    /// <summary>
    /// Refreshes the planner's statistics: after a bulk load (a recipe, an import), so plans fit the new sizes. Statistics
    /// only advise the planner, so a store another writer holds is left as it is (false) rather than failing a recipe that
    /// has already committed, or a server start; the next refresh catches up.
    /// </summary>
    public async Task<bool> RefreshStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        try
        {
            await PlannerStatistics.RefreshAsync(connection.Connection, cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    public async Task<ReadSession> OpenReadSessionAsync(CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        return new ReadSession(Dialect, connection, counts: Counts);
    }

    /// <summary>A read session that sees one committed state of the store throughout, however long it reads.</summary>
    public async Task<ReadSession> OpenSnapshotReadSessionAsync(CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        var session = new ReadSession(Dialect, connection, counts: Counts);
        try
        {
            await session.BeginSnapshotAsync(connection.Connection, cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A read session whose content items are shared with every other such session, parsed once per stored version:
    /// for readers that only read (GraphQL). Items must not be modified.
    /// </summary>
    public async Task<ReadSession> OpenSharedReadSessionAsync(CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        return new ReadSession(Dialect, connection, SharedItems, Counts);
    }

    public async Task<WriteSession> OpenWriteSessionAsync(CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await Dialect.BeginWriteTransactionAsync(connection.Connection, cancellationToken);
            return new WriteSession(Dialect, connection, transaction) { Watch = Versions };
        }
        catch (StoreUnavailableException exception)
        {
            await connection.DisposeAsync();
            throw await WriteLocks.BusyAsync(Dialect, Clock, exception, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A write session for a long write (a recipe, an import, setup): before its transaction begins, a committed row names
    /// this process and <paramref name="activity"/>, so a writer that waits for it in vain can say who holds the store. The
    /// row goes away with the session's commit, or just after a rollback.
    /// </summary>
    public async Task<WriteSession> OpenLongWriteSessionAsync(string activity, CancellationToken cancellationToken)
    {
        var holder = WriteLockHolder.Current(ProcessName, activity, Clock);
        await WriteLocks.RegisterAsync(Dialect, holder, Clock, cancellationToken);
        try
        {
            var session = await OpenWriteSessionAsync(cancellationToken);
            session.Holder = holder;
            return session;
        }
        catch
        {
            await using var connection = await Dialect.OpenConnectionAsync(CancellationToken.None);
            await ForgetAsync(Dialect, connection, holder);
            throw;
        }
    }

    /// <summary>Deletes a holder's row after its work ended without taking it along (a rollback, a failed start); best effort.</summary>
    internal static async Task ForgetAsync(ISqlDialect dialect, StoreConnection connection, WriteLockHolder holder)
    {
        try
        {
            await using var transaction = await dialect.BeginWriteTransactionAsync(connection.Connection, CancellationToken.None);
            await WriteLocks.ReleaseAsync(connection, transaction, holder, CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or StoreUnavailableException)
        {
            // Someone else writes now: the row is recognised as stale once this process has ended.
        }
    }
}

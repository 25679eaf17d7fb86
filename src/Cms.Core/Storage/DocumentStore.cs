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

    /// <summary>The parsed item versions that sessions opened by <see cref="OpenSharedReadSessionAsync"/> share.</summary>
    public ContentItemCache SharedItems { get; }

    /// <summary>Creates or upgrades the schema and refreshes the planner's statistics; returns the schema version found before.</summary>
    public async Task<int> InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        var before = await SchemaMigrations.ApplyAsync(Dialect, connection.Connection, cancellationToken);
        await PlannerStatistics.RefreshAsync(connection.Connection, cancellationToken);
        return before;
    }

    /// <summary>Refreshes the planner's statistics: after a bulk load (a recipe, an import), so plans fit the new sizes.</summary>
    public async Task RefreshStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        await PlannerStatistics.RefreshAsync(connection.Connection, cancellationToken);
    }

    public async Task<ReadSession> OpenReadSessionAsync(CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        return new ReadSession(Dialect, connection);
    }

    /// <summary>
    /// A read session whose content items are shared with every other such session, parsed once per stored version:
    /// for readers that only read (GraphQL). Items must not be modified.
    /// </summary>
    public async Task<ReadSession> OpenSharedReadSessionAsync(CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        return new ReadSession(Dialect, connection, SharedItems);
    }

    public async Task<WriteSession> OpenWriteSessionAsync(CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await Dialect.BeginWriteTransactionAsync(connection.Connection, cancellationToken);
            return new WriteSession(Dialect, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

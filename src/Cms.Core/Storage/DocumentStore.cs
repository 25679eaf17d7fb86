namespace Cms.Core.Storage;

/// <summary>The database: migrations at start-up, and sessions to read or write. A singleton.</summary>
public sealed class DocumentStore
{
    public DocumentStore(ISqlDialect dialect)
    {
        Dialect = dialect;
    }

    public ISqlDialect Dialect { get; }

    /// <summary>Creates or upgrades the schema; returns the schema version found before.</summary>
    public async Task<int> InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        return await SchemaMigrations.ApplyAsync(Dialect, connection, cancellationToken);
    }

    public async Task<ReadSession> OpenReadSessionAsync(CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        return new ReadSession(Dialect, connection);
    }

    public async Task<WriteSession> OpenWriteSessionAsync(CancellationToken cancellationToken)
    {
        var connection = await Dialect.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await Dialect.BeginWriteTransactionAsync(connection, cancellationToken);
            return new WriteSession(Dialect, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}

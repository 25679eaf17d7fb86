using Cms.Core.Storage;
using Cms.Core.Storage.Postgres;
using Cms.Tests.Support;

namespace Cms.Tests.Storage.Postgres;

/// <summary>What only PostgreSQL has to get right: types, collation, the writer lock, migrations from many nodes, errors.</summary>
public sealed class PostgresDialectTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private PostgresServer _server = null!;
    private string _database = null!;

    public Task InitializeAsync()
    {
        _server = PostgresServer.Shared;
        _database = _server.CreateEmptyDatabase();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _server.DropDatabase(_database);
        return Task.CompletedTask;
    }

    [Fact]
    public void SchemaStatement_PortableTypes_BecomeSqliteCompatibleTypes()
    {
        using var dialect = new PostgresDialect(_server.ConnectionString(_database));

        var statement = dialect.SchemaStatement("CREATE TABLE T (Text TEXT NULL, Numeric REAL NULL, Flag INTEGER NOT NULL)");

        Assert.Equal("CREATE TABLE T (Text TEXT COLLATE \"C\" NULL, Numeric DOUBLE PRECISION NULL, Flag BIGINT NOT NULL)", statement);
    }

    [Fact]
    public async Task Initialize_TwoNodesAtOnce_MigrateOnce()
    {
        using var first = new PostgresDialect(_server.ConnectionString(_database));
        using var second = new PostgresDialect(_server.ConnectionString(_database));

        var found = await Task.WhenAll(new DocumentStore(first).InitializeAsync(None), new DocumentStore(second).InitializeAsync(None));

        var latest = SchemaMigrations.Latest(first);
        Assert.Equal([0, latest], found.Order());
        await using var session = await new DocumentStore(first).OpenReadSessionAsync(None);
        Assert.Equal((long)latest, await session.ScalarAsync($"SELECT COUNT(*) FROM {Tables.SchemaVersion}", [], None));
    }

    [Fact]
    public async Task OrderByText_DatabaseWithEnglishCollation_OrdersBytesAsSqlite()
    {
        using var dialect = new PostgresDialect(_server.ConnectionString(_database));
        var store = new DocumentStore(dialect);
        await store.InitializeAsync(None);
        await using (var write = await store.OpenWriteSessionAsync(None))
        {
            foreach (var key in new[] { "b", "B", "_x", "a", "é", "A" })
            {
                await write.InsertDocumentAsync("Test", key, "{}", None);
            }

            await write.CommitAsync(None);
        }

        await using var read = await store.OpenReadSessionAsync(None);
        var rows = await read.RowsAsync($"SELECT DocumentKey FROM {Tables.Documents} WHERE Type = 'Test' ORDER BY DocumentKey", [], None);

        Assert.Equal(["A", "B", "_x", "a", "b", "é"], rows.Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task OpenWriteSession_AnotherWriterHoldsTheStore_WaitsThenReportsBusy()
    {
        using var dialect = new PostgresDialect(_server.ConnectionString(_database), busyTimeoutMilliseconds: 200);
        var store = new DocumentStore(dialect);
        await store.InitializeAsync(None);

        await using (var holder = await store.OpenWriteSessionAsync(None))
        {
            await Assert.ThrowsAsync<StoreUnavailableException>(() => store.OpenWriteSessionAsync(None));
        }

        await using var after = await store.OpenWriteSessionAsync(None);
        Assert.NotNull(after);
    }

    [Fact]
    public async Task InsertDocument_SameTypeAndKey_IsAConflict()
    {
        using var dialect = new PostgresDialect(_server.ConnectionString(_database));
        var store = new DocumentStore(dialect);
        await store.InitializeAsync(None);
        await using var write = await store.OpenWriteSessionAsync(None);
        await write.InsertDocumentAsync("Test", "same", "{}", None);

        await Assert.ThrowsAsync<StoreConcurrencyException>(() => write.InsertDocumentAsync("Test", "same", "{}", None));
    }

    [Fact]
    public async Task OpenConnection_WrongPassword_IsUnavailableNamingTheReason()
    {
        using var dialect = new PostgresDialect(_server.ConnectionString(_database, password: "wrong"));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => dialect.OpenConnectionAsync(None));

        Assert.Contains("password authentication failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenConnection_MissingDatabase_IsUnavailableNamingTheDatabase()
    {
        using var dialect = new PostgresDialect(_server.ConnectionString("cms_missing"));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => dialect.OpenConnectionAsync(None));

        Assert.Contains("\"cms_missing\" does not exist", error.Message, StringComparison.Ordinal);
    }
}

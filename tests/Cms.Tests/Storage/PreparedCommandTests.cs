using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;
using Cms.Tests.Support;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Cms.Tests.Storage;

public sealed class PreparedCommandTests : IAsyncLifetime
{
    private const int StatusReprepare = 5;
    private const int StatusRun = 6;
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(TestDefinitions.Articles());
        await _site.WriteAsync(async session =>
        {
            var item = session.New("Article");
            item.GetOrCreatePart("TitlePart")["Title"] = "Only article";
            await session.CreateAsync(item, VersionOptions.Published, None);
            return item;
        });
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public static TheoryData<string?> Searches => new() { null, "Only", "article" };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task PagedQuery_RunAgainOnTheSameConnection_IsCompiledOnce(string? titleContains)
    {
        // A dialect of its own: a fresh connection, whose statements are all listed once listing is turned on.
        using var dialect = new SqliteDialect(_site.DatabaseFile);
        var connection = await dialect.OpenConnectionAsync(None);
        var handle = ((SqliteConnection)connection.Connection).Handle!;
        handle.enable_sqlite3_next_stmt(true);
        var query = new ContentQuery
        {
            ContentTypes = ["Article"],
            Where = titleContains is null ? null : ContentFilter.Where(ContentColumn.Metadata("DisplayText"), FilterOperator.Contains, titleContains),
            Take = 20,
        };

        await using (var session = new ReadSession(dialect, connection))
        {
            for (var run = 0; run < 3; run++)
            {
                Assert.Single(await session.QueryAsync(query, None));
            }

            var statement = Statements(handle).Single(s => s.Sql.StartsWith("SELECT d.Id, d.Content", StringComparison.Ordinal));
            Assert.Equal(3, statement.Runs);
            Assert.Equal(0, statement.Recompiled);
        }
    }

    [Fact]
    public async Task Connection_Opened_KeepsStatementJournalsInMemory()
    {
        await using var connection = await _site.Dialect.OpenConnectionAsync(None);

        // 2 = MEMORY: a long import's statement journals are not written to a temporary file, page by page.
        Assert.Equal(2L, connection.Command("PRAGMA temp_store", []).ExecuteScalar());
    }

    [Fact]
    public async Task Connection_GivenBack_IsLentAgainWithItsCommands()
    {
        var first = await _site.Dialect.OpenConnectionAsync(None);
        var command = first.Command($"SELECT Version FROM {Tables.StoreVersion} WHERE Id = 1", []);
        await first.DisposeAsync();

        var second = await _site.Dialect.OpenConnectionAsync(None);
        Assert.Same(first, second);
        Assert.Same(command, second.Command($"SELECT Version FROM {Tables.StoreVersion} WHERE Id = 1", []));
        await second.DisposeAsync();
    }

    private static List<(string Sql, int Runs, int Recompiled)> Statements(sqlite3 handle)
    {
        var statements = new List<(string, int, int)>();
        for (var statement = raw.sqlite3_next_stmt(handle, null); statement is not null; statement = raw.sqlite3_next_stmt(handle, statement))
        {
            statements.Add((raw.sqlite3_sql(statement).utf8_to_string(),
                raw.sqlite3_stmt_status(statement, StatusRun, 0), raw.sqlite3_stmt_status(statement, StatusReprepare, 0)));
        }

        return statements;
    }
}

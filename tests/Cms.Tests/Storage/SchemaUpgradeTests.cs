using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;

namespace Cms.Tests.Storage;

public sealed class SchemaUpgradeTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cms-tests", Guid.NewGuid().ToString("n"));

    public SchemaUpgradeTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Version3_StoreAtVersion2_CopiesEachDocumentsVersionToItsIndexRow()
    {
        using var dialect = new SqliteDialect(Path.Combine(_folder, "cms.db"));
        await using (var connection = await dialect.OpenConnectionAsync(None))
        {
            // A store as version 2 left it, with one item whose document was rewritten four times.
            var statements = SchemaMigrations.Versions(dialect).Take(2).SelectMany(v => v).Concat(
            [
                "CREATE TABLE SchemaVersion (Version INTEGER NOT NULL)", "INSERT INTO SchemaVersion (Version) VALUES (1), (2)",
                "INSERT INTO Documents (Id, Type, DocumentKey, Content, Version) VALUES (7, 'ContentItem', 'v1', '{}', 5)",
                "INSERT INTO ContentItemIndex (DocumentId, ContentItemId, ContentItemVersionId, ContentType, Published, Latest) " +
                    "VALUES (7, 'item', 'v1', 'Article', 1, 1)",
            ]);
            foreach (var statement in statements)
            {
                await connection.Command(statement, []).ExecuteNonQueryAsync(None);
            }
        }

        var found = await new DocumentStore(dialect).InitializeAsync(None);

        await using var read = await dialect.OpenConnectionAsync(None);
        Assert.Equal(2, found);
        Assert.Equal(5L, await read.Command("SELECT DocumentVersion FROM ContentItemIndex WHERE DocumentId = 7", []).ExecuteScalarAsync(None));
        Assert.Contains("DocumentVersion", (string)(await read.Command(
            "SELECT sql FROM sqlite_master WHERE name = 'IX_ContentItemIndex_TypePublishedCreated'", []).ExecuteScalarAsync(None))!,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version5_StoreAtVersion4_AddsStatusIndexesAndFlagsToValueIndexesAndKeepsRows()
    {
        using var dialect = new SqliteDialect(Path.Combine(_folder, "cms.db"));
        await using (var connection = await dialect.OpenConnectionAsync(None))
        {
            // A store as version 4 left it, with one published item and its date field's index row.
            var statements = SchemaMigrations.Versions(dialect).Take(4).SelectMany(v => v).Concat(
            [
                "CREATE TABLE SchemaVersion (Version INTEGER NOT NULL)", "INSERT INTO SchemaVersion (Version) VALUES (1), (2), (3), (4)",
                "INSERT INTO Documents (Id, Type, DocumentKey, Content, Version) VALUES (7, 'ContentItem', 'v1', '{}', 1)",
                "INSERT INTO ContentItemIndex (DocumentId, ContentItemId, ContentItemVersionId, ContentType, Published, Latest, DocumentVersion) " +
                    "VALUES (7, 'item', 'v1', 'Article', 1, 1, 1)",
                "INSERT INTO DateFieldIndex (DocumentId, ContentItemId, ContentType, ContentPart, ContentField, Published, Latest, Date) " +
                    "VALUES (7, 'item', 'Article', 'Article', 'SentDate', 1, 1, '2020-01-01')",
            ]);
            foreach (var statement in statements)
            {
                await connection.Command(statement, []).ExecuteNonQueryAsync(None);
            }
        }

        var found = await new DocumentStore(dialect).InitializeAsync(None);

        await using var read = await dialect.OpenConnectionAsync(None);
        async Task<string?> IndexSql(string name) =>
            (string?)await read.Command($"SELECT sql FROM sqlite_master WHERE name = '{name}'", []).ExecuteScalarAsync(None);
        Assert.Equal(4, found);
        Assert.EndsWith("(ContentType, ContentPart, ContentField, Date, DocumentId, Published, Latest)", await IndexSql("IX_DateFieldIndex_Value"),
            StringComparison.Ordinal);
        Assert.EndsWith("WHERE (Latest = 1 OR Published = 1)", await IndexSql("IX_ContentItemIndex_TypeCurrentCreated"), StringComparison.Ordinal);
        Assert.EndsWith("WHERE Latest = 1 AND Published = 0", await IndexSql("IX_ContentItemIndex_TypeDraftCreated"), StringComparison.Ordinal);
        Assert.Equal(1L, await read.Command("SELECT COUNT(*) FROM DateFieldIndex WHERE Published = 1", []).ExecuteScalarAsync(None));
        // Start-up refreshed the planner's statistics of the item index (not of the field value tables: see PlannerStatistics).
        Assert.Equal(0L, await read.Command("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'DateFieldIndex'", []).ExecuteScalarAsync(None));
        Assert.NotEqual(0L, await read.Command("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'ContentItemIndex'", []).ExecuteScalarAsync(None));
    }
}

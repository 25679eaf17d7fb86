using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;

namespace Cms.Tests.Storage;

/// <summary>Nodes starting together on one new database: the migration runs once, under the dialect's migration lock.</summary>
public sealed class SchemaMigrationLockTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cms-migration-lock-" + Guid.NewGuid().ToString("n"));

    public SchemaMigrationLockTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Initialize_FourStoresAtOnceOnANewFile_EachVersionIsAppliedOnce()
    {
        var file = Path.Combine(_folder, "cms.db");
        var dialects = Enumerable.Range(0, 4).Select(_ => new SqliteDialect(file)).ToList();

        await Task.WhenAll(dialects.Select(d => Task.Run(() => new DocumentStore(d).InitializeAsync(CancellationToken.None))));

        await using var session = await new DocumentStore(dialects[0]).OpenReadSessionAsync(CancellationToken.None);
        var versions = await session.RowsAsync($"SELECT Version FROM {Tables.SchemaVersion} ORDER BY Version", [], CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, SchemaMigrations.Latest(dialects[0])).Select(v => (long)v), versions.Select(r => (long)r[0]!));
        foreach (var dialect in dialects)
        {
            await dialect.DisposeAsync();
        }
    }
}

using Cms.Tests.Support;

namespace Cms.Tests.Storage.Sqlite;

public sealed class SqliteDialectTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Sqlite_UsesWalAndForeignKeys()
    {
        var journal = await _site.ReadAsync(s => s.ScalarAsync("PRAGMA journal_mode", [], None));
        var foreignKeys = await _site.ReadAsync(s => s.ScalarAsync("PRAGMA foreign_keys", [], None));

        Assert.Equal("wal", journal);
        Assert.Equal(1L, foreignKeys);
    }
}

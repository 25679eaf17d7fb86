using Cms.Core.Storage;
using Cms.Tests.Support;

namespace Cms.Tests.Storage;

public class SchemaMigrationsTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync(Provider);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Initialize_Again_FindsTheLatestVersionAndChangesNothing()
    {
        var before = await _site.FingerprintAsync();

        var found = await _site.Documents.InitializeAsync(None);

        Assert.Equal(SchemaMigrations.Latest(_site.Dialect), found);
        Assert.Equal(before, await _site.FingerprintAsync());
    }

    [Fact]
    public async Task UpdateDocument_StaleVersion_ThrowsAndKeepsTheNewerContent()
    {
        StoredDocument stored;
        await using (var write = await _site.Documents.OpenWriteSessionAsync(None))
        {
            stored = await write.InsertDocumentAsync("Test", "a", "{\"v\":1}", None);
            await write.UpdateDocumentAsync(stored.Id, stored.Version, "{\"v\":2}", None);
            await write.CommitAsync(None);
        }

        await using (var write = await _site.Documents.OpenWriteSessionAsync(None))
        {
            await Assert.ThrowsAsync<StoreConcurrencyException>(() => write.UpdateDocumentAsync(stored.Id, stored.Version, "{\"v\":3}", None));
        }

        var current = await _site.ReadAsync(s => s.GetDocumentAsync("Test", "a", None));
        Assert.Equal("{\"v\":2}", current!.Content);
        Assert.Equal(2, current.Version);
    }

    [Fact]
    public async Task TwoWriters_SecondWaitsForTheFirstInsteadOfFailing()
    {
        await using var first = await _site.Documents.OpenWriteSessionAsync(None);
        await first.InsertDocumentAsync("Test", "first", "{}", None);
        var second = Task.Run(async () =>
        {
            await using var session = await _site.Documents.OpenWriteSessionAsync(None);
            await session.InsertDocumentAsync("Test", "second", "{}", None);
            await session.CommitAsync(None);
        });

        await Task.Delay(200);
        Assert.False(second.IsCompleted);
        await first.CommitAsync(None);
        await second;

        Assert.Equal(2, (await _site.ReadAsync(s => s.GetDocumentsAsync("Test", None))).Count);
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : SchemaMigrationsTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}

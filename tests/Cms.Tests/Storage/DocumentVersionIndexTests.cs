using Cms.Core.ContentModel;
using Cms.Tests.Support;

namespace Cms.Tests.Storage;

/// <summary>Shared readers trust the version on the item's index row; every write must keep it equal to the document's.</summary>
public class DocumentVersionIndexTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task EveryWrite_KeepsTheIndexRowsVersionEqualToTheDocuments()
    {
        var id = await _site.WriteAsync(async session =>
        {
            var item = session.New("Article");
            item.GetOrCreatePart("TitlePart")["Title"] = "Draft";
            await session.CreateAsync(item, VersionOptions.Draft, None);
            return item.ContentItemId;
        });
        await _site.WriteAsync(async session =>
        {
            var draft = (await session.GetAsync(id, VersionOptions.Latest, None))!;
            draft.GetOrCreatePart("TitlePart")["Title"] = "Edited draft";
            await session.UpdateAsync(draft, None);
            await session.PublishAsync(draft, None);
            return draft;
        });
        await _site.WriteAsync(async session =>
        {
            var published = (await session.GetAsync(id, VersionOptions.Published, None))!;
            await session.UnpublishAsync(published, None);
            return published;
        });

        var stale = await _site.ReadAsync(s => s.ScalarAsync(
            "SELECT COUNT(*) FROM ContentItemIndex i JOIN Documents d ON d.Id = i.DocumentId WHERE i.DocumentVersion <> d.Version", [], None));
        var versions = await _site.ReadAsync(s => s.ScalarAsync("SELECT MAX(DocumentVersion) FROM ContentItemIndex", [], None));

        Assert.Equal(0L, stale);
        Assert.True((long)versions! > 1, "the edits should have moved a version past 1");
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : DocumentVersionIndexTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}

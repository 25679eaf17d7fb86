using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.Tests.Support;

namespace Cms.Tests.Storage;

public class SharedReadSessionTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;
    private string _id = "";

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());
        _id = await _site.WriteAsync(async session =>
        {
            var item = session.New("Article");
            item.GetOrCreatePart("TitlePart")["Title"] = "First title";
            await session.CreateAsync(item, VersionOptions.Draft, None);
            return item.ContentItemId;
        });
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task SharedSessions_SameStoredVersion_ReturnTheSameItem()
    {
        var first = await LoadSharedAsync();
        var second = await LoadSharedAsync();

        Assert.Same(first, second);
    }

    [Fact]
    public async Task PrivateSession_SameStoredVersion_ReturnsItsOwnCopy()
    {
        var shared = await LoadSharedAsync();
        var own = await _site.ReadAsync(s => s.GetContentItemAsync(_id, VersionOptions.Latest, None));

        Assert.NotSame(shared, own);
        Assert.Equal(shared.DocumentVersion, own!.DocumentVersion);
    }

    [Fact]
    public async Task SharedSession_AfterTheDraftIsSavedInPlace_ReadsTheNewContent()
    {
        var before = await LoadSharedAsync();
        await _site.WriteAsync(async session =>
        {
            var draft = (await session.GetAsync(_id, VersionOptions.Latest, None))!;
            draft.GetOrCreatePart("TitlePart")["Title"] = "Second title";
            await session.UpdateAsync(draft, None);
            return draft;
        });

        var after = await LoadSharedAsync();

        Assert.Equal(before.DocumentId, after.DocumentId);
        Assert.Equal("First title", before.DisplayText);
        Assert.Equal("Second title", after.DisplayText);
    }

    [Fact]
    public async Task SharedSession_Query_ReturnsTheSharedItems()
    {
        var loaded = await LoadSharedAsync();
        await using var session = await _site.Documents.OpenSharedReadSessionAsync(None);

        var page = await session.QueryAsync(new ContentQuery { ContentTypes = ["Article"], Status = ContentStatus.Latest, Take = 10 }, None);

        Assert.True(session.SharesItems);
        Assert.Same(loaded, Assert.Single(page));
    }

    private async Task<ContentItem> LoadSharedAsync()
    {
        await using var session = await _site.Documents.OpenSharedReadSessionAsync(None);
        return (await session.GetContentItemAsync(_id, VersionOptions.Latest, None))!;
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : SharedReadSessionTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}

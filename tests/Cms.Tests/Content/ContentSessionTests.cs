using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Storage;
using Cms.Tests.Support;

namespace Cms.Tests.Content;

public class ContentSessionTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private static readonly CancellationToken None = CancellationToken.None;
    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Create_Published_SetsFlagsTimestampsOwnerAndAuthor()
    {
        var item = await CreateAsync("First", VersionOptions.Published);

        var stored = await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Published, None));
        Assert.NotNull(stored);
        Assert.True(stored.Published);
        Assert.True(stored.Latest);
        Assert.Equal(26, stored.ContentItemId.Length);
        Assert.Equal(26, stored.ContentItemVersionId.Length);
        Assert.Equal(_site.Clock.GetUtcNow().UtcDateTime, stored.CreatedUtc);
        Assert.Equal(stored.CreatedUtc, stored.PublishedUtc);
        Assert.Equal(stored.CreatedUtc, stored.ModifiedUtc);
        Assert.Equal(TestSite.Editor.UserId, stored.Owner);
        Assert.Equal(TestSite.Editor.UserName, stored.Author);
    }

    [Fact]
    public async Task Create_Draft_IsLatestAndNotPublished()
    {
        var item = await CreateAsync("Draft only", VersionOptions.Draft);

        var published = await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Published, None));
        var draft = await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Draft, None));
        Assert.Null(published);
        Assert.NotNull(draft);
        Assert.True(draft.Latest);
        Assert.False(draft.Published);
        Assert.Null(draft.PublishedUtc);
    }

    [Fact]
    public async Task Create_ExistingId_FailsAndWritesNothing()
    {
        var item = await CreateAsync("Once", VersionOptions.Published);
        var again = TestDefinitions.Article("Twice");
        again.ContentItemId = item.ContentItemId;

        await Assert.ThrowsAsync<ContentItemIdTakenException>(() => _site.WriteAsync(async s =>
        {
            await s.CreateAsync(again, VersionOptions.Published, None);
            return 0;
        }));

        var versions = await _site.WriteAsync(s => s.ListVersionsAsync(item.ContentItemId, None));
        Assert.Single(versions);
    }

    [Fact]
    public async Task Create_DeletedItemsId_IsRefusedAndLeavesItsHistoryAlone()
    {
        var item = await CreateAsync("Deleted later", VersionOptions.Published);
        await _site.WriteAsync(async s =>
        {
            await s.RemoveAsync(item, None);
            return 0;
        });
        var reuse = new ContentItem { ContentItemId = item.ContentItemId, ContentType = "Page", DisplayText = "Squatter" };

        var error = await Assert.ThrowsAsync<ContentItemIdTakenException>(() => _site.WriteAsync(async s =>
        {
            await s.CreateAsync(reuse, VersionOptions.Draft, None);
            return 0;
        }));

        Assert.Contains(item.ContentItemId, error.Message, StringComparison.Ordinal);
        var versions = await _site.WriteAsync(s => s.ListVersionsAsync(item.ContentItemId, None));
        Assert.Equal("Deleted later", Assert.Single(versions).DisplayText);
    }

    [Fact]
    public async Task GetDraftRequired_PublishedVersionable_CreatesSeparateDraftVersion()
    {
        var item = await CreateAsync("Versioned", VersionOptions.Published);
        _site.Clock.Advance(TimeSpan.FromMinutes(5));

        var draft = await _site.WriteAsync(async s =>
        {
            var d = await s.GetAsync(item.ContentItemId, VersionOptions.DraftRequired, None);
            d!.GetOrCreatePart("TitlePart")["Title"] = "Versioned, edited";
            d.DisplayText = "Versioned, edited";
            await s.UpdateAsync(d, None);
            return d;
        });

        Assert.NotEqual(item.ContentItemVersionId, draft.ContentItemVersionId);
        var versions = await _site.WriteAsync(s => s.ListVersionsAsync(item.ContentItemId, None));
        Assert.Equal(2, versions.Count);
        Assert.True(versions[0].Published);
        Assert.False(versions[0].Latest);
        Assert.False(versions[1].Published);
        Assert.True(versions[1].Latest);
        Assert.Equal(item.CreatedUtc, versions[1].CreatedUtc);
        Assert.Equal(item.PublishedUtc, versions[1].PublishedUtc);
        Assert.Equal(_site.Clock.GetUtcNow().UtcDateTime, versions[1].ModifiedUtc);
        var published = await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Published, None));
        Assert.Equal("Versioned", published!.DisplayText);
    }

    [Fact]
    public async Task GetDraftRequired_NonVersionable_UnpublishesTheSameVersion()
    {
        var page = new ContentItem { ContentType = "Page", DisplayText = "About" };
        page.GetOrCreatePart("TitlePart")["Title"] = "About";
        await _site.WriteAsync(async s => { await s.CreateAsync(page, VersionOptions.Published, None); return 0; });

        var draft = await _site.WriteAsync(s => s.GetAsync(page.ContentItemId, VersionOptions.DraftRequired, None));

        Assert.Equal(page.ContentItemVersionId, draft!.ContentItemVersionId);
        var versions = await _site.WriteAsync(s => s.ListVersionsAsync(page.ContentItemId, None));
        var only = Assert.Single(versions);
        Assert.False(only.Published);
        Assert.True(only.Latest);
    }

    [Fact]
    public async Task Publish_Draft_DemotesPreviouslyPublishedVersion()
    {
        var item = await CreateAsync("To publish", VersionOptions.Published);
        var draft = await _site.WriteAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.DraftRequired, None));
        _site.Clock.Advance(TimeSpan.FromHours(1));

        await _site.WriteAsync(async s =>
        {
            var latest = await s.GetAsync(item.ContentItemId, VersionOptions.Latest, None);
            await s.PublishAsync(latest!, None);
            return 0;
        });

        var versions = await _site.WriteAsync(s => s.ListVersionsAsync(item.ContentItemId, None));
        Assert.False(versions[0].Published);
        Assert.False(versions[0].Latest);
        Assert.True(versions[1].Published);
        Assert.True(versions[1].Latest);
        Assert.Equal(draft!.ContentItemVersionId, versions[1].ContentItemVersionId);
        Assert.Equal(_site.Clock.GetUtcNow().UtcDateTime, versions[1].PublishedUtc);
    }

    [Fact]
    public async Task Unpublish_Published_KeepsLatestAsDraftAndClearsPublishedUtc()
    {
        var item = await CreateAsync("To unpublish", VersionOptions.Published);
        _site.Clock.Advance(TimeSpan.FromMinutes(1));

        await _site.WriteAsync(async s =>
        {
            var latest = await s.GetAsync(item.ContentItemId, VersionOptions.Latest, None);
            await s.UnpublishAsync(latest!, None);
            return 0;
        });

        var stored = await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Latest, None));
        Assert.False(stored!.Published);
        Assert.True(stored.Latest);
        Assert.Null(stored.PublishedUtc);
        Assert.Equal(_site.Clock.GetUtcNow().UtcDateTime, stored.ModifiedUtc);
        Assert.Null(await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Published, None)));
    }

    [Fact]
    public async Task DiscardDraft_WithPublishedVersion_PublishedBecomesLatestAgain()
    {
        var item = await CreateAsync("Discard me", VersionOptions.Published);
        await _site.WriteAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.DraftRequired, None));

        await _site.WriteAsync(async s =>
        {
            var latest = await s.GetAsync(item.ContentItemId, VersionOptions.Latest, None);
            await s.DiscardDraftAsync(latest!, None);
            return 0;
        });

        var versions = await _site.WriteAsync(s => s.ListVersionsAsync(item.ContentItemId, None));
        Assert.True(versions[0].Published);
        Assert.True(versions[0].Latest);
        Assert.False(versions[1].Published);
        Assert.False(versions[1].Latest);
    }

    [Fact]
    public async Task Clone_Item_CreatesDraftWithNewIdAndSameData()
    {
        var item = await CreateAsync("Original", VersionOptions.Published);

        var clone = await _site.WriteAsync(async s =>
        {
            var source = await s.GetAsync(item.ContentItemId, VersionOptions.Latest, None);
            return await s.CloneAsync(source!, None);
        });

        Assert.NotEqual(item.ContentItemId, clone.ContentItemId);
        Assert.Equal("Original", clone.DisplayText);
        Assert.False(clone.Published);
        Assert.True(clone.Latest);
        Assert.Equal(
            item.GetPart("Article")!.ToJsonString(),
            (await _site.ReadAsync(s => s.GetContentItemAsync(clone.ContentItemId, VersionOptions.Latest, None)))!.GetPart("Article")!.ToJsonString());
    }

    [Fact]
    public async Task Remove_Item_NoLiveVersionButHistoryKept()
    {
        var item = await CreateAsync("Removed", VersionOptions.Published);
        await _site.WriteAsync(s => s.GetAsync(item.ContentItemId, VersionOptions.DraftRequired, None));

        await _site.WriteAsync(async s =>
        {
            await s.RemoveAsync(item, None);
            return 0;
        });

        Assert.Null(await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Latest, None)));
        Assert.Null(await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Published, None)));
        var versions = await _site.WriteAsync(s => s.ListVersionsAsync(item.ContentItemId, None));
        Assert.Equal(2, versions.Count);
        Assert.All(versions, v => Assert.False(v.Latest || v.Published));
    }

    [Fact]
    public async Task Restore_OldVersion_BecomesNewDraftAndPublishedStays()
    {
        var item = await CreateAsync("Version one", VersionOptions.Published);
        await _site.WriteAsync(async s =>
        {
            var d = await s.GetAsync(item.ContentItemId, VersionOptions.DraftRequired, None);
            d!.GetOrCreatePart("TitlePart")["Title"] = "Version two";
            d.DisplayText = "Version two";
            await s.UpdateAsync(d, None);
            await s.PublishAsync(d, None);
            return 0;
        });

        var restored = await _site.WriteAsync(s => s.RestoreAsync(item.ContentItemVersionId, None));

        Assert.Equal("Version one", restored.DisplayText);
        Assert.True(restored.Latest);
        Assert.False(restored.Published);
        var published = await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Published, None));
        Assert.Equal("Version two", published!.DisplayText);
        Assert.False(published.Latest);
        var versions = await _site.WriteAsync(s => s.ListVersionsAsync(item.ContentItemId, None));
        Assert.Equal(3, versions.Count);
    }

    [Fact]
    public async Task Update_StaleVersion_ThrowsConflictAndKeepsTheOtherSave()
    {
        var item = await CreateAsync("Contended", VersionOptions.Draft);
        var first = await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Latest, None));
        var second = await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Latest, None));

        first!.GetOrCreatePart("TitlePart")["Title"] = "First editor";
        await _site.WriteAsync(async s => { await s.UpdateAsync(first, None); return 0; });
        second!.GetOrCreatePart("TitlePart")["Title"] = "Second editor";

        await Assert.ThrowsAsync<StoreConcurrencyException>(() => _site.WriteAsync(async s => { await s.UpdateAsync(second, None); return 0; }));

        var stored = await _site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Latest, None));
        Assert.Equal("First editor", stored!.GetPart("TitlePart")!["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Save_CrashInsideTransaction_LeavesNoDocumentAndNoIndexRow()
    {
        var item = TestDefinitions.Article("Never stored");

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await _site.OpenAsync();
            await session.CreateAsync(item, VersionOptions.Published, None);
            throw new InvalidOperationException("simulated crash before commit");
        });

        var documents = await _site.ReadAsync(s => s.ScalarAsync($"SELECT COUNT(*) FROM {Tables.Documents} WHERE Type = 'ContentItem'", [], None));
        Assert.Equal(0L, documents);
        foreach (var table in new[] { Tables.ContentItemIndex, Tables.AutoroutePartIndex, Tables.TextFieldIndex, Tables.NumericFieldIndex })
        {
            Assert.Equal(0L, await _site.ReadAsync(s => s.ScalarAsync($"SELECT COUNT(*) FROM {table}", [], None)));
        }
    }

    private Task<ContentItem> CreateAsync(string title, VersionOptions options) => _site.WriteAsync(async s =>
    {
        var item = TestDefinitions.Article(title);
        await s.CreateAsync(item, options, None);
        return item;
    });

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : ContentSessionTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}

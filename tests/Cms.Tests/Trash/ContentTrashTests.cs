using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.Core.Trash;
using Cms.Tests.Support;

namespace Cms.Tests.Trash;

/// <summary>Deleting puts an item in the trash with its history; restoring brings it back as a draft; purging drops it.</summary>
public class ContentTrashTests
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private static async Task<ContentItem> PublishedWithTwoVersionsAsync(TestSite site, string title)
    {
        var item = TestDefinitions.Article(title);
        await site.WriteAsync(async s =>
        {
            await s.CreateAsync(item, VersionOptions.Published, CancellationToken.None);
            var draft = (await s.GetAsync(item.ContentItemId, VersionOptions.DraftRequired, CancellationToken.None))!;
            draft.GetOrCreatePart("Article")["Subtitle"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "second thoughts" };
            await s.UpdateAsync(draft, CancellationToken.None);
            return draft;
        });
        return item;
    }

    private static Task<bool> RemoveAsync(TestSite site, string id) => site.WriteAsync(async s =>
    {
        await s.RemoveAsync((await s.GetAsync(id, VersionOptions.Latest, CancellationToken.None))!, CancellationToken.None);
        return true;
    });

    [Fact]
    public async Task Remove_PublishedItemWithDraft_RecordsWhoWhenAndWhatInTheTrash()
    {
        await using var site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());
        var item = await PublishedWithTwoVersionsAsync(site, "Letter to the minister");
        site.Clock.Advance(TimeSpan.FromHours(2));

        await RemoveAsync(site, item.ContentItemId);

        var entry = Assert.Single(await site.ReadAsync(s => ContentTrash.ListAsync(s, CancellationToken.None)));
        Assert.Equal(item.ContentItemId, entry.ContentItemId);
        Assert.Equal("Letter to the minister", entry.DisplayText);
        Assert.Equal("Article", entry.ContentType);
        Assert.True(entry.WasPublished);
        Assert.Equal("editor", entry.DeletedBy);
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime, entry.DeletedUtc);
    }

    [Fact]
    public async Task Remove_Item_IsInNoQueryNorCount()
    {
        await using var site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());
        var item = await PublishedWithTwoVersionsAsync(site, "Gone");
        await PublishedWithTwoVersionsAsync(site, "Stays");

        await RemoveAsync(site, item.ContentItemId);

        foreach (var status in Enum.GetValues<ContentStatus>())
        {
            var query = new ContentQuery { Status = status };
            var items = await site.ReadAsync(s => s.QueryAsync(query, CancellationToken.None));
            Assert.DoesNotContain(items, i => i.ContentItemId == item.ContentItemId);
            Assert.Equal(items.Count, await site.ReadAsync(s => s.CountAsync(query, CancellationToken.None)));
        }

        Assert.Null(await site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Latest, CancellationToken.None)));
        Assert.Null(await site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Published, CancellationToken.None)));
    }

    [Fact]
    public async Task Restore_TrashedItem_ComesBackAsDraftOfItsLatestVersionWithHistory()
    {
        await using var site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());
        var item = await PublishedWithTwoVersionsAsync(site, "Back again");
        await RemoveAsync(site, item.ContentItemId);

        await site.WriteAsync(s => ContentTrash.RestoreAsync(s, item.ContentItemId, CancellationToken.None));

        var latest = await site.ReadAsync(s => s.GetContentItemAsync(item.ContentItemId, VersionOptions.Latest, CancellationToken.None));
        Assert.NotNull(latest);
        Assert.False(latest.Published);
        Assert.Equal("second thoughts", (string?)latest.GetPart("Article")!["Subtitle"]!["Text"]);
        Assert.Equal(2, (await site.WriteAsync(s => s.ListVersionsAsync(item.ContentItemId, CancellationToken.None))).Count);
        Assert.Empty(await site.ReadAsync(s => ContentTrash.ListAsync(s, CancellationToken.None)));
    }

    [Fact]
    public async Task Restore_ItemNotInTrash_ThrowsNotFound()
    {
        await using var site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());
        await using var session = await site.OpenAsync();

        await Assert.ThrowsAsync<ContentNotFoundException>(() => ContentTrash.RestoreAsync(session, "4nothere00000000000000000x", CancellationToken.None));
    }

    [Fact]
    public async Task PurgeDeletedBefore_EntryOlderThanCutoff_DropsEveryVersionAndLeavesNewerEntries()
    {
        await using var site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());
        var old = await PublishedWithTwoVersionsAsync(site, "Old");
        await RemoveAsync(site, old.ContentItemId);
        site.Clock.Advance(TimeSpan.FromDays(10));
        var recent = await PublishedWithTwoVersionsAsync(site, "Recent");
        await RemoveAsync(site, recent.ContentItemId);

        var purged = await site.WriteAsync(s => ContentTrash.PurgeDeletedBeforeAsync(s, site.Clock.GetUtcNow().UtcDateTime.AddDays(-5), CancellationToken.None));

        Assert.Equal(1, purged);
        Assert.Empty(await site.WriteAsync(s => s.ListVersionsAsync(old.ContentItemId, CancellationToken.None)));
        Assert.Equal(2, (await site.WriteAsync(s => s.ListVersionsAsync(recent.ContentItemId, CancellationToken.None))).Count);
        Assert.Equal(recent.ContentItemId, Assert.Single(await site.ReadAsync(s => ContentTrash.ListAsync(s, CancellationToken.None))).ContentItemId);
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : ContentTrashTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}

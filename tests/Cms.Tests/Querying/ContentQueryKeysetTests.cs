using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Querying;
using Cms.Tests.Support;

namespace Cms.Tests.Querying;

/// <summary>Keyset pages over an order key that is NULL for some items: the query that merges two branches, on every provider.</summary>
public class ContentQueryKeysetTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTime FirstDate = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private TestSite _site = null!;

    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());
        await _site.WriteAsync(async s =>
        {
            for (var i = 0; i < 12; i++)
            {
                _site.Clock.Advance(TimeSpan.FromMinutes(1));
                var sentDate = i % 3 == 0 ? (DateTime?)null : FirstDate.AddDays(i / 2);
                await s.CreateAsync(TestDefinitions.Article($"Article {i:00}", sentDate: sentDate), VersionOptions.Published, None);
            }

            return 0;
        });
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Keyset_NullableKeyDescending_PagesThroughEveryItemOnceInOrder()
    {
        var order = new List<ContentOrder> { new(ContentColumn.Field(FieldValueKind.Date, "Article", "SentDate"), Descending: true) };
        var all = await _site.ReadAsync(s => s.QueryAsync(new ContentQuery { ContentTypes = ["Article"], OrderBy = order }, None));
        var paged = new List<string>();
        ContentCursor? after = null;
        for (var guard = 0; guard < 10; guard++)
        {
            var page = await _site.ReadAsync(s => s.QueryPageAsync(new ContentQuery { ContentTypes = ["Article"], OrderBy = order, Take = 5, After = after }, None));
            if (page.Count == 0)
            {
                break;
            }

            paged.AddRange(page.Select(r => r.Item.ContentItemId));
            after = ContentCursor.TryParse(page[^1].Cursor.ToString(), order.Count);
        }

        Assert.Equal(12, all.Count);
        Assert.Equal(all.Select(i => i.ContentItemId), paged);
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : ContentQueryKeysetTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}

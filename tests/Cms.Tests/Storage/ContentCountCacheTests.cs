using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Querying;
using Cms.Core.Storage;
using Cms.Tests.Support;

namespace Cms.Tests.Storage;

public sealed class ContentCountCacheTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ContentColumn Subtitle = ContentColumn.Field(FieldValueKind.Text, "Article", "Subtitle");
    private TestSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(TestDefinitions.Articles());
        await _site.WriteAsync(async s =>
        {
            for (var i = 0; i < 6; i++)
            {
                await s.CreateAsync(TestDefinitions.Article($"Article {i}", subtitle: $"Sub {i % 2}"), VersionOptions.Published, None);
            }

            return 0;
        });
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Count_StoreUnchanged_SendsNoSecondCount()
    {
        var query = new ContentQuery { ContentTypes = ["Article"] };

        var first = await _site.ReadAsync(async s => (await s.CountAsync(query, None), s.CommandCount));
        var second = await _site.ReadAsync(async s => (await s.CountAsync(query, None), s.CommandCount));

        // The first reads the version and counts; the second reads the version only.
        Assert.Equal((6, 2), first);
        Assert.Equal((6, 1), second);
    }

    [Fact]
    public async Task Count_AfterACommit_CountsTheCommittedItem()
    {
        var query = new ContentQuery { ContentTypes = ["Article"] };
        var before = await _site.ReadAsync(s => s.CountAsync(query, None));

        await _site.WriteAsync(async s =>
        {
            await s.CreateAsync(TestDefinitions.Article("Article 6"), VersionOptions.Published, None);
            return 0;
        });
        var after = await _site.ReadAsync(s => s.CountAsync(query, None));

        Assert.Equal((6, 7), (before, after));
    }

    [Fact]
    public async Task Count_OtherValues_AreCountedApart()
    {
        ContentQuery BySubtitle(string value) => new()
        {
            ContentTypes = ["Article"], Where = ContentFilter.Where(Subtitle, FilterOperator.Equals, value),
        };

        await _site.WriteAsync(async s =>
        {
            await s.CreateAsync(TestDefinitions.Article("Article 6", subtitle: "Sub 0"), VersionOptions.Published, None);
            return 0;
        });
        var zero = await _site.ReadAsync(s => s.CountAsync(BySubtitle("Sub 0"), None));
        var one = await _site.ReadAsync(s => s.CountAsync(BySubtitle("Sub 1"), None));

        Assert.Equal((4, 3), (zero, one));
    }

    [Fact]
    public void Add_PastTheBound_KeepsAtMostTheBound()
    {
        var cache = new ContentCountCache(maxEntries: 3);

        for (var i = 0; i < 10; i++)
        {
            cache.Add(contentVersion: 1, $"key {i}", i);
        }

        Assert.InRange(cache.Count, 1, 3);
        Assert.True(cache.TryGet(1, "key 9", out var last) && last == 9);
    }

    [Fact]
    public void TryGet_AnotherVersion_FindsNothing()
    {
        var cache = new ContentCountCache(ContentCountCache.DefaultMaxEntries);
        cache.Add(contentVersion: 4, "total", 12);

        Assert.False(cache.TryGet(5, "total", out _));
        Assert.False(cache.TryGet(3, "total", out _));
    }
}

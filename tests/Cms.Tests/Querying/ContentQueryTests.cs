using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Querying;
using Cms.Tests.Support;

namespace Cms.Tests.Querying;

/// <summary>Every query path on seeded data: 40 published articles (one with a newer draft), one draft-only article, a section list.</summary>
public sealed class ContentQueryTests : IAsyncLifetime
{
    private const string TopicA = "4topica00000000000000000ta";
    private const string TopicB = "4topicb00000000000000000tb";
    private static readonly string[] BothTopics = [TopicA, TopicB];
    private static readonly string[] TwoTitles = ["Article 02", "Article 03"];
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ContentActor Author = new("4author000000000000000000a", "author");
    private static readonly DateTime FirstDate = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private TestSite _site = null!;
    private readonly Dictionary<int, string> _ids = [];
    private string _sectionId = "";

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(TestDefinitions.Articles());
        var section = new ContentItem { ContentType = "Section" };
        section.GetOrCreatePart("TitlePart")["Title"] = "Section";
        await _site.WriteAsync(async s => { await s.CreateAsync(section, VersionOptions.Published, None); return 0; });
        _sectionId = section.ContentItemId;
        for (var i = 1; i <= 40; i++)
        {
            _site.Clock.Advance(TimeSpan.FromMinutes(1));
            var item = Article(i);
            await _site.WriteAsync(async s => { await s.CreateAsync(item, VersionOptions.Published, None); return 0; }, i % 2 == 0 ? Author : TestSite.Editor);
            _ids[i] = item.ContentItemId;
        }

        _site.Clock.Advance(TimeSpan.FromMinutes(1));
        await _site.WriteAsync(async s => { await s.CreateAsync(Article(41), VersionOptions.Draft, None); return 0; });
        await _site.WriteAsync(async s =>
        {
            var draft = await s.GetAsync(_ids[1], VersionOptions.DraftRequired, None);
            draft!.GetOrCreatePart("TitlePart")["Title"] = "Article 01 revised";
            await s.UpdateAsync(draft, None);
            return 0;
        });
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData(ContentStatus.Published, 40)]
    [InlineData(ContentStatus.Draft, 2)]
    [InlineData(ContentStatus.Latest, 41)]
    [InlineData(ContentStatus.All, 42)]
    public async Task Status_SelectsTheRightVersions(ContentStatus status, int expected)
    {
        var query = new ContentQuery { ContentTypes = ["Article"], Status = status };

        Assert.Equal(expected, (await QueryAsync(query)).Count);
        Assert.Equal(expected, await CountAsync(query));
    }

    [Theory]
    [InlineData(FilterOperator.Equals, "Article 07", new[] { 7 })]
    [InlineData(FilterOperator.Contains, "Geneva", new[] { 5, 10, 15, 20, 25, 30, 35, 40 })]
    [InlineData(FilterOperator.StartsWith, "Article 0", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData(FilterOperator.EndsWith, "9", new[] { 9, 19, 29, 39 })]
    [InlineData(FilterOperator.NotContains, "Article", new int[0])]
    public async Task DisplayText_Operators(FilterOperator op, string value, int[] expected)
    {
        // Article 01's published version keeps its title; its draft is not PUBLISHED.
        var items = await QueryAsync(Where(ContentFilter.Where(ContentColumn.Metadata("DisplayText"), op, value)));

        Assert.Equal(expected, Numbers(items));
    }

    [Fact]
    public async Task DisplayText_In_MatchesAnyValue()
    {
        var items = await QueryAsync(Where(ContentFilter.Where(ContentColumn.Metadata("DisplayText"), FilterOperator.In, TwoTitles)));

        Assert.Equal([2, 3], Numbers(items));
    }

    [Fact]
    public async Task NumericField_GreaterThan_AndBetween()
    {
        var rank = ContentColumn.Field(FieldValueKind.Numeric, "Article", "Rank");

        var above = await QueryAsync(Where(ContentFilter.Where(rank, FilterOperator.GreaterThan, 36m)));
        var between = await QueryAsync(Where(ContentFilter.And(
            ContentFilter.Where(rank, FilterOperator.GreaterThanOrEqual, 10m), ContentFilter.Where(rank, FilterOperator.LessThanOrEqual, 12m))));

        Assert.Equal([37, 38, 39, 40], Numbers(above));
        Assert.Equal([10, 11, 12], Numbers(between));
    }

    [Fact]
    public async Task TextBooleanDateDateTimeTimeFields_Filter()
    {
        var subtitle = await QueryAsync(Where(ContentFilter.Where(ContentColumn.Field(FieldValueKind.Text, "Article", "Subtitle"), FilterOperator.Equals, "Sub 0")));
        var featured = await QueryAsync(Where(ContentFilter.Where(ContentColumn.Field(FieldValueKind.Boolean, "Article", "Featured"), FilterOperator.Equals, true)));
        var sent = await QueryAsync(Where(ContentFilter.Where(ContentColumn.Field(FieldValueKind.Date, "Article", "SentDate"), FilterOperator.LessThan, FirstDate.AddDays(4))));
        var reviewed = await QueryAsync(Where(ContentFilter.Where(ContentColumn.Field(FieldValueKind.DateTime, "Article", "Reviewed"), FilterOperator.GreaterThanOrEqual, FirstDate.AddHours(39))));
        var slot = await QueryAsync(Where(ContentFilter.Where(ContentColumn.Field(FieldValueKind.Time, "Article", "Slot"), FilterOperator.Equals, TimeSpan.FromHours(5))));

        Assert.Equal([3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39], Numbers(subtitle));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i * 2).ToArray(), Numbers(featured));
        Assert.Equal([1, 2, 3], Numbers(sent));
        Assert.Equal([39, 40], Numbers(reviewed));
        Assert.Equal([5, 29], Numbers(slot));
    }

    [Fact]
    public async Task OwnerAndAuthor_Filter()
    {
        var owned = await QueryAsync(Where(ContentFilter.Where(ContentColumn.Metadata("Owner"), FilterOperator.Equals, Author.UserId)));
        var authored = await QueryAsync(Where(ContentFilter.Where(ContentColumn.Metadata("Author"), FilterOperator.Equals, "author")));

        Assert.Equal(20, owned.Count);
        Assert.All(owned, i => Assert.Equal(0, Number(i) % 2));
        Assert.Equal(Numbers(owned), Numbers(authored));
    }

    [Fact]
    public async Task CreatedUtc_Range()
    {
        var created = await QueryAsync(Where(ContentFilter.Where(ContentColumn.Metadata("CreatedUtc"), FilterOperator.GreaterThan,
            new DateTime(2024, 3, 1, 9, 38, 0, DateTimeKind.Utc))));

        Assert.Equal([39, 40], Numbers(created));
    }

    [Fact]
    public async Task RoutePath_Equals_WithOrWithoutLeadingSlash()
    {
        var plain = await QueryAsync(Where(ContentFilter.Where(ContentColumn.RoutePath, FilterOperator.Equals, "articles/article-07")));
        var slashed = await QueryAsync(Where(ContentFilter.Where(ContentColumn.RoutePath, FilterOperator.Equals, "/articles/article-07")));

        Assert.Equal([7], Numbers(plain));
        Assert.Equal([7], Numbers(slashed));
    }

    [Fact]
    public async Task TaxonomyTerm_AnyFieldOrOneField()
    {
        var any = await QueryAsync(Where(ContentFilter.Where(ContentColumn.TaxonomyTerm(), FilterOperator.Equals, TopicA)));
        var field = await QueryAsync(Where(ContentFilter.Where(ContentColumn.TaxonomyTerm("Article", "Topics"), FilterOperator.In, BothTopics)));
        var notA = await QueryAsync(Where(ContentFilter.Where(ContentColumn.TaxonomyTerm(), FilterOperator.NotEquals, TopicA)));

        Assert.Equal([4, 8, 12, 16, 20, 24, 28, 32, 36, 40], Numbers(any));
        Assert.Equal(20, field.Count);
        Assert.Equal(30, notA.Count);
    }

    [Fact]
    public async Task PickedItem_FindsItemsThatPickedIt()
    {
        var items = await QueryAsync(Where(ContentFilter.Where(ContentColumn.PickedItem("Article", "Related"), FilterOperator.Equals, _ids[1])));

        Assert.Equal([31, 32, 33, 34, 35, 36, 37, 38, 39, 40], Numbers(items));
    }

    [Fact]
    public async Task Container_FiltersAndOrdersByListOrder()
    {
        var items = await QueryAsync(new ContentQuery
        {
            ContentTypes = ["Article"],
            Where = ContentFilter.Where(ContentColumn.Container, FilterOperator.Equals, _sectionId),
            OrderBy = [new ContentOrder(ContentColumn.Container)],
        });

        Assert.Equal(Enumerable.Range(1, 10).Reverse(), items.Select(Number));
    }

    [Fact]
    public async Task AndOrNot_Nest()
    {
        var rank = ContentColumn.Field(FieldValueKind.Numeric, "Article", "Rank");
        var filter = ContentFilter.And(
            ContentFilter.Or(ContentFilter.Where(rank, FilterOperator.LessThan, 3m), ContentFilter.Where(rank, FilterOperator.GreaterThan, 38m)),
            ContentFilter.Not(ContentFilter.Where(ContentColumn.Metadata("DisplayText"), FilterOperator.Equals, "Article 40 Geneva")));

        var items = await QueryAsync(Where(filter));

        Assert.Equal([1, 2, 39], Numbers(items));
    }

    [Fact]
    public async Task OrderBy_FieldValues()
    {
        var byRankDesc = await QueryAsync(new ContentQuery
        {
            ContentTypes = ["Article"],
            OrderBy = [new ContentOrder(ContentColumn.Field(FieldValueKind.Numeric, "Article", "Rank"), Descending: true)],
            Take = 3,
        });
        var bySubtitleThenDate = await QueryAsync(new ContentQuery
        {
            ContentTypes = ["Article"],
            OrderBy =
            [
                new ContentOrder(ContentColumn.Field(FieldValueKind.Text, "Article", "Subtitle")),
                new ContentOrder(ContentColumn.Field(FieldValueKind.Date, "Article", "SentDate"), Descending: true),
            ],
            Take = 3,
        });

        Assert.Equal([40, 39, 38], byRankDesc.Select(Number).ToArray());
        Assert.Equal([39, 36, 33], bySubtitleThenDate.Select(Number).ToArray());
    }

    [Fact]
    public async Task DefaultOrder_IsCreatedUtcDescending()
    {
        var items = await QueryAsync(new ContentQuery { ContentTypes = ["Article"], Take = 2 });

        Assert.Equal([40, 39], items.Select(Number).ToArray());
    }

    [Fact]
    public async Task Keyset_PagesThroughEverythingOnceInOrder_WithTies()
    {
        var order = new List<ContentOrder> { new(ContentColumn.Field(FieldValueKind.Boolean, "Article", "Featured"), Descending: true) };
        var all = await QueryAsync(new ContentQuery { ContentTypes = ["Article"], OrderBy = order });
        var paged = new List<ContentItem>();
        ContentCursor? after = null;
        while (true)
        {
            var page = await _site.ReadAsync(s => s.QueryPageAsync(new ContentQuery { ContentTypes = ["Article"], OrderBy = order, Take = 7, After = after }, None));
            if (page.Count == 0)
            {
                break;
            }

            paged.AddRange(page.Select(r => r.Item));
            after = ContentCursor.TryParse(page[^1].Cursor.ToString(), order.Count);
        }

        Assert.Equal(all.Select(i => i.ContentItemId), paged.Select(i => i.ContentItemId));
        Assert.Equal(40, paged.Select(i => i.ContentItemId).Distinct().Count());
    }

    [Fact]
    public async Task Keyset_WithNullsInTheOrderKey_KeepsEveryRow()
    {
        var order = new List<ContentOrder> { new(ContentColumn.RoutePath) };
        var query = new ContentQuery { Status = ContentStatus.Published, OrderBy = order };
        var all = await QueryAsync(query);
        var paged = new List<string>();
        ContentCursor? after = null;
        for (var guard = 0; guard < 20; guard++)
        {
            var page = await _site.ReadAsync(s => s.QueryPageAsync(new ContentQuery { Status = ContentStatus.Published, OrderBy = order, Take = 9, After = after }, None));
            if (page.Count == 0)
            {
                break;
            }

            paged.AddRange(page.Select(r => r.Item.ContentItemId));
            after = page[^1].Cursor;
        }

        Assert.Equal(41, all.Count);
        Assert.Equal(all.Select(i => i.ContentItemId), paged);
    }

    [Fact]
    public async Task SkipTake_PagesLikeOffset()
    {
        var page = await QueryAsync(new ContentQuery { ContentTypes = ["Article"], OrderBy = [new ContentOrder(ContentColumn.Metadata("DisplayText"))], Skip = 10, Take = 5 });

        Assert.Equal([11, 12, 13, 14, 15], page.Select(Number).ToArray());
    }

    [Fact]
    public async Task Plan_FilteredOrderedPage_UsesIndexesAndNeverScansDocuments()
    {
        await _site.Documents.RefreshStatisticsAsync(None);
        var plan = await InnerPlanAsync(s => s.ExplainAsync(new ContentQuery
        {
            ContentTypes = ["Article"],
            Where = ContentFilter.Where(ContentColumn.Field(FieldValueKind.Boolean, "Article", "Featured"), FilterOperator.Equals, true),
            OrderBy = [new ContentOrder(ContentColumn.Field(FieldValueKind.Date, "Article", "SentDate"), Descending: true)],
            Take = 20,
        }, None));

        Assert.Contains("USING", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN d", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN i", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN o0", plan, StringComparison.Ordinal);
        // Not even for the tie-break: the page is read in index order and no row (nor its document) is sorted.
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_DefaultListPage_WalksTheTypeIndexInOrder()
    {
        var plan = await InnerPlanAsync(s => s.ExplainAsync(new ContentQuery { ContentTypes = ["Article"], Take = 20 }, None));

        Assert.Contains("IX_ContentItemIndex_TypePublishedCreated", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_DisplayTextContains_ReadsTheTitlesFromTheTypeIndex()
    {
        var plan = await InnerPlanAsync(s => s.ExplainAsync(new ContentQuery
        {
            ContentTypes = ["Article"],
            Where = ContentFilter.Where(ContentColumn.Metadata("DisplayText"), FilterOperator.Contains, "Geneva"),
            Take = 20,
        }, None));

        // Covering for the item index: the titles passed over on the way to a page are not looked up row by row.
        Assert.Contains("SEARCH i USING COVERING INDEX IX_ContentItemIndex_TypePublishedCreated", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_RoutePathEquals_StartsFromThePathIndex()
    {
        await _site.Documents.RefreshStatisticsAsync(None);
        var plan = await InnerPlanAsync(s => s.ExplainAsync(new ContentQuery
        {
            ContentTypes = ["Article"],
            Where = ContentFilter.And(
                ContentFilter.Where(ContentColumn.RoutePath, FilterOperator.Equals, "/articles/article-07"),
                ContentFilter.Where(ContentColumn.Metadata("Owner"), FilterOperator.NotEquals, "someone-else")),
            Take = 1,
        }, None));

        Assert.StartsWith("SEARCH k", plan, StringComparison.Ordinal);
        Assert.Contains("IX_AutoroutePartIndex_Path", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("IX_ContentItemIndex_TypePublishedCreated", plan, StringComparison.Ordinal);
    }

    private static readonly string[] TwoPaths = ["articles/article-07", "/articles/article-08"];

    [Fact]
    public async Task RoutePathIn_CountAndPage_MatchTheGivenPaths()
    {
        var query = Where(ContentFilter.Where(ContentColumn.RoutePath, FilterOperator.In, TwoPaths));

        var page = await QueryAsync(query);
        var count = await _site.ReadAsync(s => s.CountAsync(query, None));

        Assert.Equal([7, 8], page.Select(Number).ToArray());
        Assert.Equal(2, count);
    }

    /// <summary>The steps that choose the page (the inner query, before the outer query joins documents to its rows).</summary>
    private async Task<string> InnerPlanAsync(Func<Cms.Core.Storage.ReadSession, Task<string>> explain)
    {
        var plan = await _site.ReadAsync(explain);
        var start = plan.IndexOf("CO-ROUTINE p\n", StringComparison.Ordinal) + "CO-ROUTINE p\n".Length;
        return plan[start..plan.IndexOf("\nSCAN p", StringComparison.Ordinal)];
    }

    private ContentItem Article(int i)
    {
        var item = TestDefinitions.Article($"Article {i:00}{(i % 5 == 0 ? " Geneva" : "")}", rank: i, subtitle: $"Sub {i % 3}", sentDate: FirstDate.AddDays(i));
        var part = item.GetPart("Article")!;
        part["Reviewed"] = new JsonObject { ["Value"] = FirstDate.AddHours(i).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) };
        part["Slot"] = new JsonObject { ["Value"] = TimeSpan.FromHours(i % 24).ToString("c", CultureInfo.InvariantCulture) };
        var terms = new JsonArray();
        if (i % 4 == 0)
        {
            terms.Add(TopicA);
        }
        else if (i % 4 == 1)
        {
            terms.Add(TopicB);
        }

        part["Topics"] = new JsonObject { ["TaxonomyContentItemId"] = "4topics000000000000000000t", ["TermContentItemIds"] = terms };
        part["Related"] = new JsonObject { ["ContentItemIds"] = i > 30 ? new JsonArray(_ids[1]) : new JsonArray() };
        item.GetOrCreatePart("AutoroutePart")["Path"] = null;
        if (i <= 10)
        {
            item.Content["ContainedPart"] = new JsonObject { ["ListContentItemId"] = _sectionId, ["ListContentType"] = "Section", ["Order"] = 10 - i };
        }

        return item;
    }

    private static ContentQuery Where(ContentFilter filter) => new()
    {
        ContentTypes = ["Article"],
        Where = filter,
        OrderBy = [new ContentOrder(ContentColumn.Metadata("CreatedUtc"))],
    };

    private Task<IReadOnlyList<ContentItem>> QueryAsync(ContentQuery query) => _site.ReadAsync(s => s.QueryAsync(query, None));

    private Task<int> CountAsync(ContentQuery query) => _site.ReadAsync(s => s.CountAsync(query, None));

    private static int Number(ContentItem item) => int.Parse(item.DisplayText!.Split(' ')[1], CultureInfo.InvariantCulture);

    private static int[] Numbers(IEnumerable<ContentItem> items) => items.Select(Number).Order().ToArray();
}

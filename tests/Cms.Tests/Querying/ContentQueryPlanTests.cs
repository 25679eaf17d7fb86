using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Querying;
using Cms.Tests.Support;

namespace Cms.Tests.Querying;

/// <summary>
/// The plan choices that keep every query shape flat as the store grows, read from EXPLAIN QUERY PLAN on a store whose
/// statistics were refreshed after loading, as a bulk load leaves it: 120 published articles and three drafts.
/// The page is chosen in an inner query over the indexes (the lines before <c>SCAN p</c>); only its rows read documents.
/// </summary>
public sealed class ContentQueryPlanTests : IAsyncLifetime
{
    private const int Articles = 120;
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTime FirstDate = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly ContentColumn SentDate = ContentColumn.Field(FieldValueKind.Date, "Article", "SentDate");
    private static readonly ContentColumn Subtitle = ContentColumn.Field(FieldValueKind.Text, "Article", "Subtitle");
    private TestSite _site = null!;
    private readonly List<string> _ids = [];

    public async Task InitializeAsync()
    {
        _site = await TestSite.CreateAsync(TestDefinitions.Articles());
        await _site.WriteAsync(async s =>
        {
            for (var i = 0; i < Articles; i++)
            {
                _site.Clock.Advance(TimeSpan.FromMinutes(1));
                // Every fifth article has no sent date, so descending pages end with NULLs.
                var item = TestDefinitions.Article($"Article {i:000}", rank: i + 1, subtitle: $"Sub {i % 4}",
                    sentDate: i % 5 == 0 ? null : FirstDate.AddDays(i / 3));
                await s.CreateAsync(item, VersionOptions.Published, None);
                _ids.Add(item.ContentItemId);
            }

            for (var i = 0; i < 3; i++)
            {
                await s.CreateAsync(TestDefinitions.Article($"Draft {i}", rank: 1, subtitle: "Sub 1", sentDate: FirstDate), VersionOptions.Draft, None);
            }

            return 0;
        });
        await _site.Documents.RefreshStatisticsAsync(None);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Plan_ItemIdEquals_LooksTheIdUp()
    {
        var plan = await InnerPlanAsync(Query(ContentFilter.Where(ContentColumn.Metadata("ContentItemId"), FilterOperator.Equals, _ids[7])));

        Assert.True(plan[0].Contains("IX_ContentItemIndex_Item (ContentItemId=?", StringComparison.Ordinal), string.Join('\n', plan));
    }

    [Fact]
    public async Task Plan_ItemIdIn_LooksEachIdUp()
    {
        var plan = await InnerPlanAsync(Query(ContentFilter.Where(ContentColumn.Metadata("ContentItemId"), FilterOperator.In, _ids.Take(5).ToList())));

        Assert.True(plan[0].Contains("IX_ContentItemIndex_Item (ContentItemId=?", StringComparison.Ordinal), string.Join('\n', plan));
    }

    [Fact]
    public async Task Plan_FieldEquals_StartsFromTheFieldsValueIndex()
    {
        var plan = await InnerPlanAsync(Query(ContentFilter.Where(SentDate, FilterOperator.Equals, FirstDate.AddDays(3))));

        Assert.True(plan[0].StartsWith("SEARCH v", StringComparison.Ordinal) &&
            plan[0].Contains("IX_DateFieldIndex_Value (ContentType=? AND ContentPart=? AND ContentField=? AND Date=?)", StringComparison.Ordinal),
            string.Join('\n', plan));
    }

    [Fact]
    public async Task Plan_FieldFilteredCount_CountsTheValueIndexAlone()
    {
        var plan = await _site.ReadAsync(s => s.ExplainCountAsync(Query(ContentFilter.Where(Subtitle, FilterOperator.Equals, "Sub 1")), None));

        Assert.Equal("SEARCH f USING COVERING INDEX IX_TextFieldIndex_Value (ContentType=? AND ContentPart=? AND ContentField=? AND Text=?)", plan);
    }

    [Fact]
    public async Task Plan_KeysetAfterDescending_SeeksToTheCursor()
    {
        var query = new ContentQuery { ContentTypes = ["Article"], OrderBy = [new ContentOrder(SentDate, Descending: true)], Take = 10 };
        var first = await _site.ReadAsync(s => s.QueryPageAsync(query, None));

        var plan = (await _site.ReadAsync(s => s.ExplainAsync(
            new ContentQuery { ContentTypes = ["Article"], OrderBy = query.OrderBy, Take = 10, After = first[^1].Cursor }, None))).Split('\n');

        // The first branch seeks to the cursor's date, the second to the NULL dates; neither walks from the top.
        const string Seek = "IX_DateFieldIndex_Value (ContentType=? AND ContentPart=? AND ContentField=? AND Date";
        Assert.True(plan.Count(line => line.Contains(Seek + "<?)", StringComparison.Ordinal)) == 1 &&
            plan.Count(line => line.Contains(Seek + "=?)", StringComparison.Ordinal)) == 1 &&
            !plan.Any(line => line.StartsWith("SCAN", StringComparison.Ordinal) && !line.StartsWith("SCAN b", StringComparison.Ordinal) &&
                !line.StartsWith("SCAN p", StringComparison.Ordinal)),
            string.Join('\n', plan));
    }

    [Fact]
    public async Task Plan_RangeOnTheOrderingField_SeeksTheRangeInTheOrderingIndex()
    {
        var plan = await InnerPlanAsync(SameFieldRange());

        Assert.True(plan[0].Contains("IX_DateFieldIndex_Value (ContentType=? AND ContentPart=? AND ContentField=? AND Date<?)", StringComparison.Ordinal) &&
            !plan.Exists(l => l.Contains("TEMP B-TREE", StringComparison.Ordinal)), string.Join('\n', plan));
    }

    [Fact]
    public async Task Query_RangeOnTheOrderingField_ReturnsTheRangeInOrder()
    {
        var bound = FirstDate.AddDays(20).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

        var page = await _site.ReadAsync(s => s.QueryAsync(SameFieldRange(), None));
        var all = await _site.ReadAsync(s => s.QueryAsync(new ContentQuery { ContentTypes = ["Article"], OrderBy = SameFieldRange().OrderBy }, None));

        var expected = all.Where(i => SentDateOf(i) is { } date && string.CompareOrdinal(date, bound) < 0).Take(10).Select(i => i.ContentItemId);
        Assert.Equal(expected, page.Select(i => i.ContentItemId));
        Assert.Equal(10, page.Count);
    }

    [Fact]
    public async Task Plan_FewRowsInARangeOrderedByTitle_StartsFromTheRange()
    {
        var plan = await InnerPlanAsync(RangeByTitle(FirstDate.AddDays(3), FirstDate.AddDays(5), take: 20));

        Assert.True(plan[0].StartsWith("SEARCH i USING INTEGER PRIMARY KEY", StringComparison.Ordinal) &&
            plan.Exists(l => l.Contains("IX_DateFieldIndex_Value (ContentType=? AND ContentPart=? AND ContentField=? AND Date>? AND Date<?)", StringComparison.Ordinal)),
            string.Join('\n', plan));
    }

    [Fact]
    public async Task Plan_ManyRowsInARangeOrderedByTitle_WalksTheTitleIndex()
    {
        await _site.WriteAsync(async s =>
        {
            for (var i = 0; i < 30; i++)
            {
                await s.CreateAsync(TestDefinitions.Article($"More {i:000}", sentDate: FirstDate.AddDays(i % 10)), VersionOptions.Published, None);
            }

            return 0;
        });
        await _site.Documents.RefreshStatisticsAsync(None);

        // About 120 dated rows, more than a one-row page's bound of 100: the range is probed per row, never listed first.
        var plan = await InnerPlanAsync(RangeByTitle(FirstDate, FirstDate.AddDays(100), take: 1));

        Assert.True(plan[0].StartsWith("SEARCH i USING", StringComparison.Ordinal) &&
            plan.Exists(l => l.Contains("EXISTS USING INDEX IX_DateFieldIndex_Document", StringComparison.Ordinal)) &&
            !plan.Exists(l => l.Contains("LIST SUBQUERY", StringComparison.Ordinal)), string.Join('\n', plan));
    }

    [Theory]
    [InlineData(3, 5, 20)]
    [InlineData(0, 100, 1)]
    public async Task Query_RangeOrderedByTitle_ReturnsTheRangeByTitle(int fromDay, int toDay, int take)
    {
        var (from, to) = (Iso(FirstDate.AddDays(fromDay)), Iso(FirstDate.AddDays(toDay)));

        var page = await _site.ReadAsync(s => s.QueryAsync(RangeByTitle(FirstDate.AddDays(fromDay), FirstDate.AddDays(toDay), take), None));
        var all = await _site.ReadAsync(s => s.QueryAsync(
            new ContentQuery { ContentTypes = ["Article"], OrderBy = [new ContentOrder(ContentColumn.Metadata("DisplayText"), Descending: false)] }, None));

        var expected = all.Where(i => SentDateOf(i) is { } date && string.CompareOrdinal(date, from) > 0 && string.CompareOrdinal(date, to) < 0)
            .Take(take).Select(i => i.ContentItemId).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Select(i => i.ContentItemId));
    }

    [Theory]
    [InlineData(ContentStatus.All, "IX_ContentItemIndex_TypeCurrentCreated")]
    [InlineData(ContentStatus.Draft, "IX_ContentItemIndex_TypeDraftCreated")]
    public async Task Plan_StatusAllOrDraft_WalksItsPartialIndexInOrder(ContentStatus status, string index)
    {
        var query = new ContentQuery { ContentTypes = ["Article"], Status = status, Take = 20 };

        var plan = await InnerPlanAsync(query);
        var count = await _site.ReadAsync(s => s.ExplainCountAsync(query, None));

        Assert.True(plan[0].Contains(index, StringComparison.Ordinal) && !plan.Exists(l => l.Contains("TEMP B-TREE", StringComparison.Ordinal)),
            string.Join('\n', plan));
        Assert.Contains(index, count, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_Page_ReadsDocumentsOnlyForTheReturnedRows()
    {
        var plan = (await _site.ReadAsync(s => s.ExplainAsync(new ContentQuery
        {
            ContentTypes = ["Article"], Where = ContentFilter.Where(Subtitle, FilterOperator.Equals, "Sub 1"),
            OrderBy = [new ContentOrder(SentDate, Descending: true)], Take = 20,
        }, None))).Split('\n');

        Assert.DoesNotContain(InnerPlan(plan), line => line.Contains("SEARCH d", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.StartsWith("SEARCH d USING INTEGER PRIMARY KEY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keyset_DescendingWithNullKeys_PagesThroughEveryRowOnceInOrder()
    {
        var order = new List<ContentOrder> { new(SentDate, Descending: true) };
        var all = await _site.ReadAsync(s => s.QueryAsync(new ContentQuery { ContentTypes = ["Article"], OrderBy = order }, None));
        var paged = new List<string>();
        ContentCursor? after = null;
        for (var guard = 0; guard < 40; guard++)
        {
            var page = await _site.ReadAsync(s => s.QueryPageAsync(new ContentQuery { ContentTypes = ["Article"], OrderBy = order, Take = 7, After = after }, None));
            if (page.Count == 0)
            {
                break;
            }

            paged.AddRange(page.Select(r => r.Item.ContentItemId));
            after = page[^1].Cursor;
        }

        Assert.Equal(Articles, all.Count);
        Assert.Equal(all.Select(i => i.ContentItemId), paged);
    }

    [Theory]
    [InlineData(ContentStatus.Published, 30)]
    [InlineData(ContentStatus.Draft, 3)]
    [InlineData(ContentStatus.Latest, 33)]
    [InlineData(ContentStatus.All, 33)]
    public async Task FieldFilteredCount_FromTheValueIndex_MatchesTheRows(ContentStatus status, int expected)
    {
        var query = new ContentQuery { ContentTypes = ["Article"], Status = status, Where = ContentFilter.Where(Subtitle, FilterOperator.Equals, "Sub 1") };

        var rows = await _site.ReadAsync(s => s.QueryAsync(query, None));
        var count = await _site.ReadAsync(s => s.CountAsync(query, None));

        Assert.Equal(expected, rows.Count);
        Assert.Equal(expected, count);
    }

    private static ContentQuery RangeByTitle(DateTime after, DateTime before, int take) => new()
    {
        ContentTypes = ["Article"],
        Where = ContentFilter.And(
            ContentFilter.Where(SentDate, FilterOperator.GreaterThan, after), ContentFilter.Where(SentDate, FilterOperator.LessThan, before)),
        OrderBy = [new ContentOrder(ContentColumn.Metadata("DisplayText"), Descending: false)], Take = take,
    };

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static ContentQuery SameFieldRange() => new()
    {
        ContentTypes = ["Article"], Where = ContentFilter.Where(SentDate, FilterOperator.LessThan, FirstDate.AddDays(20)),
        OrderBy = [new ContentOrder(SentDate, Descending: true)], Take = 10,
    };

    private static string? SentDateOf(ContentItem item) =>
        item.GetPart("Article")?["SentDate"]?["Value"]?.GetValue<string>();

    private static ContentQuery Query(ContentFilter filter) => new() { ContentTypes = ["Article"], Where = filter, Take = 20 };

    private async Task<List<string>> InnerPlanAsync(ContentQuery query) =>
        InnerPlan((await _site.ReadAsync(s => s.ExplainAsync(query, None))).Split('\n'));

    /// <summary>The steps of the inner query: after its CO-ROUTINE or MATERIALIZE line, before the outer SCAN p.</summary>
    private static List<string> InnerPlan(string[] plan) =>
        plan.SkipWhile(line => !line.Contains(" p", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(line => !line.StartsWith("SCAN p", StringComparison.Ordinal))
            .Where(line => !line.StartsWith("COMPOUND", StringComparison.Ordinal) && !line.StartsWith("LEFT-MOST", StringComparison.Ordinal) &&
                           !line.StartsWith("UNION ALL", StringComparison.Ordinal) && !line.StartsWith("CO-ROUTINE", StringComparison.Ordinal) &&
                           !line.StartsWith("MATERIALIZE", StringComparison.Ordinal))
            .ToList();
}

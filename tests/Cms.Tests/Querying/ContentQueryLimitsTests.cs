using Cms.Core.Querying;
using Cms.Tests.Support;

namespace Cms.Tests.Querying;

/// <summary>Whatever path builds a query, values SQLite would choke on are refused as query errors first.</summary>
public class ContentQueryLimitsTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private TestSite _site = null!;

    public async Task InitializeAsync() => _site = await TestSite.CreateAsync(Provider, TestDefinitions.Articles());

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Query_ContainsPatternOverTheCeiling_IsAQueryErrorNotASqliteFailure()
    {
        var query = Where(FilterOperator.Contains, new string('x', 40_000));

        var refused = await Assert.ThrowsAsync<ContentQueryException>(() => _site.ReadAsync(s => s.QueryAsync(query, CancellationToken.None)));

        Assert.Contains("at most 8,000 characters", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_PatternAtTheCeiling_Runs()
    {
        var query = Where(FilterOperator.NotContains, new string('€', ContentQueryLimits.MaxTextLength));

        var items = await _site.ReadAsync(s => s.QueryAsync(query, CancellationToken.None));

        Assert.Empty(items);
    }

    [Fact]
    public async Task Query_InListOverTheCeiling_IsAQueryError()
    {
        var query = Where(FilterOperator.In, Enumerable.Range(0, ContentQueryLimits.MaxListLength + 1).Select(i => $"t{i}").ToList());

        var refused = await Assert.ThrowsAsync<ContentQueryException>(() => _site.ReadAsync(s => s.QueryAsync(query, CancellationToken.None)));

        Assert.Contains("at most 30,000 values", refused.Message, StringComparison.Ordinal);
    }

    private static ContentQuery Where(FilterOperator op, object value) => new()
    {
        ContentTypes = ["Article"],
        Where = ContentFilter.Where(ContentColumn.Metadata("DisplayText"), op, value),
    };

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : ContentQueryLimitsTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}

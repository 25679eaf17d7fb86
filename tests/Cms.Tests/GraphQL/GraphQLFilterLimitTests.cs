using System.Net;
using Cms.Core.ContentModel;

namespace Cms.Tests.GraphQL;

/// <summary>Strings and lists in a where argument have limits; a value over them is a 400 naming its path.</summary>
public sealed class GraphQLFilterLimitTests : IAsyncLifetime
{
    private const string Query = "query ($where: BlogWhereInput) { blog(where: $where) { displayText } }";
    private static readonly string[] FourTitles = ["a", "b", "c", "d"];
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site(), new Dictionary<string, string?>
        {
            ["Cms:GraphQL:MaxFilterListLength"] = "3",
        });
        await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Blog" });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Where_ContainsPatternOf40kCharacters_Is400NamingTheArgument()
    {
        var response = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { where = new { displayText_contains = new string('x', 40_000) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(
            "The argument 'where.displayText_contains' of 'blog' is 40,000 characters long; the limit is 1,000 (Cms:GraphQL:MaxFilterStringLength).",
            response.FirstErrorMessage);
    }

    [Fact]
    public async Task Where_StringAtTheLimit_IsAccepted()
    {
        var response = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { where = new { displayText_contains = new string('x', 1000) } });

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Where_LongStringInsideOr_NamesItsPath()
    {
        var where = new { OR = new object[] { new { displayText = "Blog" }, new { displayText_starts_with = new string('x', 1001) } } };

        var response = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { where });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("The argument 'where.OR[1].displayText_starts_with' of 'blog' is 1,001 characters", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_InListOverTheLimit_Is400NamingTheArgument()
    {
        var response = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { where = new { displayText_in = FourTitles } });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(
            "The argument 'where.displayText_in' of 'blog' holds 4 values; the limit is 3 (Cms:GraphQL:MaxFilterListLength).",
            response.FirstErrorMessage);
    }

    [Fact]
    public async Task Where_LongStringInAList_NamesItsIndex()
    {
        var response = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { where = new { displayText_not_in = new[] { "a", new string('y', 2000) } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("The argument 'where.displayText_not_in[1]' of 'blog' is 2,000 characters", response.FirstErrorMessage, StringComparison.Ordinal);
    }
}

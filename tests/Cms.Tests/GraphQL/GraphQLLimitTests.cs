using System.Net;
using Cms.Core.ContentModel;

namespace Cms.Tests.GraphQL;

/// <summary>Each limit of Cms:GraphQL refuses with 400 and a message naming the limit.</summary>
public sealed class GraphQLLimitTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site(), new Dictionary<string, string?>
        {
            ["Cms:GraphQL:MaxDepth"] = "3",
            ["Cms:GraphQL:MaxAliases"] = "1",
            ["Cms:GraphQL:MaxFields"] = "6",
            ["Cms:GraphQL:MaxQueryLength"] = "300",
            ["Cms:GraphQL:MaxComplexity"] = "150",
            ["Cms:GraphQL:MaxNumberOfResults"] = "50",
        });
        await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Blog" });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("query { blog(first: 51) { displayText } }", "'51' exceeds the maximum number of results for 'first' (50)")]
    [InlineData("query { a: blog(first: 1) { displayText } b: blog(first: 1) { displayText } }", "The query uses more than 1 aliases (limit Cms:GraphQL:MaxAliases).")]
    [InlineData("query { blog(first: 1) { contentItemId displayText owner author createdUtc modifiedUtc published } }", "The query selects more than 6 fields (limit Cms:GraphQL:MaxFields).")]
    [InlineData("query { blog(first: 1) { list { contentItems { ... on Blog { list { contentItems { displayText } } } } } } }", "Query is too nested to execute.")]
    [InlineData("query { blog(first: 50) { displayText owner author createdUtc } }", "complexity")]
    public async Task Limit_Exceeded_Gets400NamingIt(string query, string message)
    {
        var response = await _host.PostAsync(query, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains(message, response.FirstErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task QueryLength_Exceeded_Gets400NamingTheSetting()
    {
        var response = await _host.PostAsync("query { blog { displayText } } #" + new string('x', 300), GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("The query is longer than 300 characters (limit Cms:GraphQL:MaxQueryLength).", response.FirstErrorMessage);
    }

    [Fact]
    public async Task WithinLimits_Executes()
    {
        var response = await _host.PostAsync("query { blog(first: 1) { displayText } }", GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }
}

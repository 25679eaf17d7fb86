using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Recipes;
using Cms.Tests.Searching;

namespace Cms.Tests.GraphQL;

/// <summary>The root <c>search</c> connection and <c>where: { search }</c>: ranking, paging, snippets, errors.</summary>
public sealed class GraphQLSearchTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync();
        await _host.RunRecipeAsync(RecipeReader.Read(SearchTestRecipes.Definitions));
        await ReportAsync("A note on schools", "Nicaragua, once, in a long summary about other things entirely.");
        await ReportAsync("Nicaragua", "A short summary.");
        await ReportAsync("Bolivia", "<script>alert('x')</script> Reprisals against defenders.");
        await ReportAsync("Nicaragua draft", "Reprisals.", VersionOptions.Draft);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Search_Word_RanksTitleFirstAndPagesWithCursor()
    {
        const string Page = "nodes { displayText ... on Report { summary } } edges { score node { contentItemId } } pageInfo { hasNextPage endCursor } totalCount";
        var first = await _host.PostAsync($"{{ search(query: \"nicaragua\", first: 1) {{ {Page} }} }}", GraphQLTestHost.Editor);
        var cursor = first.Data("search").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await _host.PostAsync($"{{ search(query: \"nicaragua\", first: 1, after: \"{cursor}\") {{ {Page} }} }}", GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(["Nicaragua"], Nodes(first, "displayText"));
        Assert.Equal("A short summary.", first.Data("search").GetProperty("nodes")[0].GetProperty("summary").GetString());
        Assert.Equal((2, true), (first.Data("search").GetProperty("totalCount").GetInt32(),
            first.Data("search").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()));
        Assert.Equal(["A note on schools"], Nodes(second, "displayText"));
        Assert.False(second.Data("search").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(first.Data("search").GetProperty("edges")[0].GetProperty("score").GetDouble() >
            second.Data("search").GetProperty("edges")[0].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Search_ScriptInText_SnippetIsEscapedWithMarkedMatches()
    {
        var response = await _host.PostAsync("{ search(query: \"reprisals\") { edges { snippet } } }", GraphQLTestHost.Editor);

        var snippet = response.Data("search").GetProperty("edges")[0].GetProperty("snippet").GetString()!;
        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>Reprisals</mark> against defenders.", snippet);
    }

    [Fact]
    public async Task Search_Draft_FoundWithLatestOnlyByPreviewers()
    {
        var editor = await _host.PostAsync("{ search(query: \"draft\", status: LATEST) { totalCount nodes { displayText } } }", GraphQLTestHost.Editor);
        var reader = await _host.PostAsync("{ search(query: \"draft\", status: LATEST) { totalCount } }", GraphQLTestHost.Reader);
        var published = await _host.PostAsync("{ search(query: \"draft\") { totalCount } }", GraphQLTestHost.Editor);

        Assert.Equal(["Nicaragua draft"], Nodes(editor, "displayText"));
        Assert.NotEqual(HttpStatusCode.OK, reader.Status);
        Assert.Contains("The argument 'status' of 'search' asks for LATEST versions", reader.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Equal(0, published.Data("search").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("{ search(query: \"\\\"open\") { totalCount } }", "The argument 'query' is not a valid search: The quote at position 1 is not closed.")]
    [InlineData("{ search(query: \"-only\") { totalCount } }", "The argument 'query' is not a valid search: The search only excludes words; add a word to look for.")]
    [InlineData("{ report(where: { search: \"a OR\" }) { displayText } }", "The argument 'where.search' is not a valid search: OR at position 3 has no term after it.")]
    [InlineData("{ search(query: \"a\", contentTypes: [\"Nope\"]) { totalCount } }", "The argument 'contentTypes' of 'search' names 'Nope', which is not a content type of this schema.")]
    [InlineData("{ search(query: \"a\", after: \"nope\") { totalCount } }", "The argument 'after' of 'search' is not a cursor of a search.")]
    public async Task Search_InvalidArgument_Is400NamingIt(string query, string message)
    {
        var response = await _host.PostAsync(query, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(message, response.FirstErrorMessage);
    }

    [Fact]
    public async Task WhereSearch_WithFieldFilterAndOrder_CombinesLikeAnyFilter()
    {
        var response = await _host.PostAsync(
            "{ report(where: { search: \"nicaragua OR reprisals\", displayText_not: \"Nicaragua\" }, orderBy: { displayText: DESC }) { displayText } }",
            GraphQLTestHost.Editor);

        Assert.Equal(["Bolivia", "A note on schools"], response.Strings("report", "displayText"));
    }

    [Fact]
    public async Task Search_ContentTypes_LimitsTheTypesSearched()
    {
        var reports = await _host.PostAsync("{ search(query: \"topics\", contentTypes: [\"Report\"]) { totalCount } }", GraphQLTestHost.Editor);
        var taxonomies = await _host.PostAsync("{ search(query: \"topics\", contentTypes: [\"Taxonomy\"]) { nodes { contentType } } }", GraphQLTestHost.Editor);

        Assert.Equal(0, reports.Data("search").GetProperty("totalCount").GetInt32());
        Assert.Equal(["Taxonomy"], Nodes(taxonomies, "contentType"));
    }

    private static IReadOnlyList<string> Nodes(GraphQLResponse response, string member) =>
        [.. response.Data("search").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty(member).GetString()!)];

    private async Task ReportAsync(string title, string summary, VersionOptions options = VersionOptions.Published)
    {
        var item = new ContentItem { ContentType = "Report", DisplayText = title };
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        item.GetOrCreatePart("Report")["Summary"] = new JsonObject { ["Text"] = summary };
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        await _host.CreateAsync(item, options);
    }
}

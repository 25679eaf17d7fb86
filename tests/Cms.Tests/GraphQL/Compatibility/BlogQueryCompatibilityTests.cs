using System.Net;
using Cms.Tests.Support;

namespace Cms.Tests.GraphQL.Compatibility;

/// <summary>
/// Queries 01-07 and 15 of ../shared/orchard-compat/graphql against the Blog recipe through the real host,
/// each on a site of its own (xunit makes one instance per test), with the results and statuses their .md expect.
/// </summary>
public class BlogQueryCompatibilityTests : IAsyncLifetime
{
    /// <summary>The database these tests run on; <see cref="OnPostgres"/> runs them all again on PostgreSQL.</summary>
    protected virtual StoreProvider Provider => StoreProvider.Sqlite;

    private const string Admin = "4admin0000000000000000000a|admin|Administrator";
    private GraphQLTestHost _host = null!;
    private string _blogId = "";

    public async Task InitializeAsync()
    {
        _host = await BlogSite.CreateAsync(Provider, "blog.lucene.query.recipe.json");
        _blogId = await BlogSite.BlogIdAsync(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Q01_BlogList_ReturnsTheRecipesBlog()
    {
        var response = await _host.PostAsync(CompatQueries.Read("01-blog-list"), Admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal([_blogId], response.Strings("blog", "contentItemId"));
    }

    [Fact]
    public async Task Q02_WhereCollapsedAutoroutePath_FindsThePost()
    {
        await BlogSite.PostBlogPostAsync(_host, _blogId, "Some sorta blogpost!", path: "Path1");
        await BlogSite.PostBlogPostAsync(_host, _blogId, "Some sorta other blogpost!", path: "Path2");

        var response = await _host.PostAsync(CompatQueries.Read("02-blogpost-where-collapsed-autoroute-path"), Admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Some sorta blogpost!", response.Strings("blogPost", "displayText")[0]);
        Assert.Single(response.Data("blogPost").EnumerateArray());
    }

    [Fact]
    public async Task Q03_OwnPartField_IsCollapsed()
    {
        var response = await _host.PostAsync(CompatQueries.Read("03-blogpost-collapsed-part-field"), Admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Problems look mighty small from 150 miles up", response.Strings("blogPost", "subtitle")[0]);
    }

    [Fact]
    public async Task Q04_WhereContentItemId_ReadsTheFieldPostedThroughTheApi()
    {
        var id = await BlogSite.PostBlogPostAsync(_host, _blogId, "Populated", subtitle: "Hey - Is this working!?!?!?!?");

        var response = await _host.PostAsync(CompatQueries.Read("04-blogpost-where-contentitemid").Replace(
            "<id-returned-by-POST-api/content>", id, StringComparison.Ordinal), Admin);

        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        Assert.Equal(["Hey - Is this working!?!?!?!?"], response.Strings("blogPost", "subtitle"));
    }

    [Theory]
    [InlineData("05a-blogpost-status-published", 1, true)]
    [InlineData("05b-blogpost-status-draft", 1, false)]
    [InlineData("05c-blogpost-status-latest", 2, null)]
    public async Task Q05_Status_ReturnsTheVersionsAsked(string query, int count, bool? published)
    {
        await BlogSite.PostBlogPostAsync(_host, _blogId, "A draft post", draft: true);

        var response = await _host.PostAsync(CompatQueries.Read(query), Admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var posts = response.Data("blogPost").EnumerateArray().ToList();
        Assert.Equal(count, posts.Count);
        if (published is { } expected)
        {
            Assert.All(posts, p => Assert.Equal(expected, p.GetProperty("published").GetBoolean()));
        }
        else
        {
            Assert.Equal([false, true], posts.Select(p => p.GetProperty("published").GetBoolean()).Order());
        }
    }

    [Fact]
    public async Task Q06_Anonymous_Get_Is401()
    {
        var response = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get,
            "/api/graphql?query=" + Uri.EscapeDataString(CompatQueries.Read("06-blog-permissions"))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Theory]
    [InlineData("ViewContent", HttpStatusCode.OK, 1)]
    [InlineData("ViewOwnContent", HttpStatusCode.OK, 0)]
    public async Task Q06_ExecuteGraphQLWithView_FiltersRows(string permission, HttpStatusCode status, int count)
    {
        await _host.SaveRolesAsync(GraphQLTestHost.Role("Authenticated"), GraphQLTestHost.Role("Reader", "ExecuteGraphQL", permission));

        var response = await _host.PostAsync(CompatQueries.Read("06-blog-permissions"), "4reader00000000000000000001|reader|Reader");

        Assert.Equal(status, response.Status);
        Assert.Equal(count, response.Data("blog").GetArrayLength());
    }

    [Fact]
    public async Task Q06_ExecuteGraphQLOnly_IsUnauthorized401()
    {
        await _host.SaveRolesAsync(GraphQLTestHost.Role("Authenticated"), GraphQLTestHost.Role("Reader", "ExecuteGraphQL"));

        var response = await _host.PostAsync(CompatQueries.Read("06-blog-permissions"), "4reader00000000000000000001|reader|Reader");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        var error = response.Json.GetProperty("errors")[0];
        Assert.Equal("Unauthorized", error.GetProperty("extensions").GetProperty("number").GetString());
        Assert.Equal("Authorization is required to access the node. blog", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Q07_ContainedPart_ListParentIsTheBlog()
    {
        var response = await _host.PostAsync(CompatQueries.Read("07-blogpost-contained-list-parent"), Admin);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Blog", response.Data("blogPost")[0].GetProperty("blog").GetProperty("listContentItem").GetProperty("displayText").GetString());
    }

    /// <summary>
    /// Stored queries (SQL, Lucene, Elasticsearch) are not part of this product: the Blog.Lucene.Query recipe's
    /// queries step is reported as skipped, and a client asking for the field gets GraphQL's own validation error
    /// naming it, with 400, instead of an empty or made-up answer.
    /// </summary>
    [Fact]
    public async Task Q15_StoredLuceneQuery_IsAnUnknownFieldError400()
    {
        var response = await _host.PostAsync(CompatQueries.Read("15-recent-blog-posts-lucene-query"), Admin);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var error = response.Json.GetProperty("errors")[0];
        Assert.Equal("Cannot query field 'recentBlogPosts' on type 'Query'.", error.GetProperty("message").GetString());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    /// <summary>The same tests on PostgreSQL.</summary>
    public sealed class OnPostgres : BlogQueryCompatibilityTests
    {
        protected override StoreProvider Provider => StoreProvider.Postgres;
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.GraphQL.Http;

namespace Cms.Tests.GraphQL;

public sealed class GraphQLHttpTests : IAsyncLifetime
{
    private static readonly ContentActor AuthorActor = new(GraphQLTestHost.AuthorId, "author");
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site(), new Dictionary<string, string?>
        {
            ["Cms:GraphQL:MaxDepth"] = "6",
            ["Cms:GraphQL:MaxAliases"] = "3",
        });
        await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Editor's blog" });
        await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Author's blog" }, actor: AuthorActor);
        await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Author's draft" }, VersionOptions.Draft, AuthorActor);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Anonymous_WithoutExecuteGraphQL_Gets401()
    {
        var response = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/graphql?query={blog{contentItemId}}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Unauthorized", response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("number").GetString());
    }

    [Fact]
    public async Task Authenticated_WithoutViewPermission_GetsUnauthorizedNumberAnd401()
    {
        var response = await _host.PostAsync("query { blog { contentItemId } }", GraphQLTestHost.Reader);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Unauthorized", response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("number").GetString());
    }

    [Fact]
    public async Task CachedDocument_CallerWithoutViewPermission_StillGets401()
    {
        const string Query = "query { blog { contentItemId } }";
        var allowed = await _host.PostAsync(Query, GraphQLTestHost.Editor);
        var denied = await _host.PostAsync(Query, GraphQLTestHost.Reader);

        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, denied.Status);
    }

    [Fact]
    public async Task CachedDocument_FirstFromVariables_StillCheckedAgainstTheLimit()
    {
        const string Query = "query Page($n: Int) { blog(first: $n) { contentItemId } }";
        var small = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { n = 1 });
        var large = await _host.PostAsync(Query, GraphQLTestHost.Editor, new { n = 5000 });

        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.Equal("'5000' exceeds the maximum number of results for 'first' (1000)", large.FirstErrorMessage);
    }

    [Fact]
    public async Task Author_WithViewOwn_SeesOnlyOwnPublishedItems()
    {
        var response = await _host.PostAsync("query { blog { displayText } }", GraphQLTestHost.Author);

        Assert.Equal(["Author's blog"], response.Strings("blog", "displayText"));
    }

    [Fact]
    public async Task Author_WithPreviewOwn_SeesOwnDraftOnly()
    {
        var response = await _host.PostAsync("query { blog(status: DRAFT) { displayText } }", GraphQLTestHost.Author);

        Assert.Equal(["Author's draft"], response.Strings("blog", "displayText"));
    }

    [Fact]
    public async Task Editor_SeesEverythingPublished()
    {
        var response = await _host.PostAsync("query { blog { displayText } }", GraphQLTestHost.Editor);

        Assert.Equal(2, response.Data("blog").GetArrayLength());
    }

    [Fact]
    public async Task DraftStatus_WithoutPreview_IsAnErrorNamingStatus()
    {
        await _host.SaveRolesAsync(GraphQLTestHost.Role("Authenticated", "ExecuteGraphQL", "ViewContent"));

        var response = await _host.PostAsync("query { blog(status: DRAFT) { displayText } }", GraphQLTestHost.Reader);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("'status'", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("draft\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentItem_DraftOnlyItem_IsNeverReturned()
    {
        var draft = await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "hidden draft" }, VersionOptions.Draft);

        var response = await _host.PostAsync($"query {{ contentItem(contentItemId: \"{draft.ContentItemId}\") {{ displayText }} }}", GraphQLTestHost.Editor);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data("contentItem").ValueKind);
    }

    [Fact]
    public async Task Get_WithQueryAndVariables_Executes()
    {
        var url = "/api/graphql?query=" + Uri.EscapeDataString("query($n: Int) { blog(first: $n) { displayText } }") +
                  "&variables=" + Uri.EscapeDataString("{\"n\": 1}");
        var response = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(1, response.Data("blog").GetArrayLength());
    }

    [Fact]
    public async Task Post_ApplicationGraphql_Executes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql/anything")
        {
            Content = new StringContent("{ blog { displayText } }", Encoding.UTF8, "application/graphql"),
        };

        var response = await _host.SendAsync(request, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Post_BodyABrowserSendsFromAnySite_Gets415AndDoesNotExecute(string contentType)
    {
        // Orchard would run the query string here; a cross-site form or text/plain POST must not read with the editor's cookie.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql?query=%7B%20blog%20%7B%20displayText%20%7D%20%7D")
        {
            Content = new StringContent("""{ "query": "{ blog { displayText } }" }""", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await _host.SendAsync(request, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Contains("application/json", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("Editor's blog", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"variables\": {}}")]
    [InlineData("[1, 2]")]
    public async Task MalformedBody_Gets400WithMessage(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        var response = await _host.SendAsync(request, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(string.IsNullOrEmpty(response.FirstErrorMessage));
    }

    [Theory]
    [InlineData("query A { blog { displayText } }", "B", null)]
    [InlineData("query($n: Int) { blog(first: $n) { displayText } }", null, "not a number")]
    [InlineData("query { blog(first: 5000) { displayText } }", null, null)]
    [InlineData("query { a: blog { displayText } b: blog { displayText } c: blog { displayText } d: blog { displayText } }", null, null)]
    [InlineData("query { blog { list { contentItems { ... on Blog { list { contentItems { ... on Blog { list { contentItems { displayText } } } } } } } } } }", null, null)]
    public async Task InvalidRequests_Get400(string query, string? operationName, string? variable)
    {
        var response = await _host.PostAsync(query, GraphQLTestHost.Editor, variable is null ? null : new { n = variable }, operationName);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(string.IsNullOrEmpty(response.FirstErrorMessage));
    }

    [Fact]
    public async Task MaxNumberOfResults_ErrorNamesTheLimit()
    {
        var response = await _host.PostAsync("query { blog(first: 5000) { displayText } }", GraphQLTestHost.Editor);

        Assert.Equal("'5000' exceeds the maximum number of results for 'first' (1000)", response.FirstErrorMessage);
    }

    [Fact]
    public async Task HugeAndDeepQueries_Get400Quickly()
    {
        var huge = "query { blog { displayText } } #" + new string('x', 1024 * 1024);
        var deep = "query { " + string.Concat(Enumerable.Repeat("blog { ", 10_000)) + string.Concat(Enumerable.Repeat("} ", 10_000)) + "}";

        var first = await _host.PostAsync(huge, GraphQLTestHost.Editor);
        var second = await _host.PostAsync(deep[..Math.Min(deep.Length, 90_000)], GraphQLTestHost.Editor);
        var after = await _host.PostAsync("query { blog { displayText } }", GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task PersistedQuery_MissThenRegisterThenHit()
    {
        const string query = "query { blog { displayText } }";
        var hash = PersistedQueryCache.Hash(query);
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var miss = await _host.PostAsync(null!, GraphQLTestHost.Editor, extensions: extensions);
        var register = await _host.PostAsync(query, GraphQLTestHost.Editor, extensions: extensions);
        var hit = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get,
            "/api/graphql?extensions=" + Uri.EscapeDataString($"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{hash}\"}}}}")), GraphQLTestHost.Editor);

        Assert.Equal("PersistedQueryNotFound", miss.FirstErrorMessage);
        Assert.Equal(HttpStatusCode.OK, register.Status);
        Assert.Equal(HttpStatusCode.OK, hit.Status);
        Assert.Equal(2, hit.Data("blog").GetArrayLength());
    }

    [Fact]
    public async Task PersistedQuery_HashMismatch_Gets400()
    {
        var response = await _host.PostAsync("query { blog { displayText } }", GraphQLTestHost.Editor,
            extensions: new { persistedQuery = new { version = 1, sha256Hash = new string('0', 64) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("provided sha does not match query", response.FirstErrorMessage);
    }

    [Fact]
    public async Task ETag_NotModifiedUntilAPublish()
    {
        const string url = "/api/graphql?query={blog{displayText}}";
        var first = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), GraphQLTestHost.Editor);
        Assert.NotNull(first.ETag);

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);
        var notModified = await _host.SendAsync(again, GraphQLTestHost.Editor);
        Assert.Equal(HttpStatusCode.NotModified, notModified.Status);

        await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "New blog" });
        var afterPublish = new HttpRequestMessage(HttpMethod.Get, url);
        afterPublish.Headers.TryAddWithoutValidation("If-None-Match", first.ETag);
        var fresh = await _host.SendAsync(afterPublish, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, fresh.Status);
        Assert.NotEqual(first.ETag, fresh.ETag);
        Assert.Contains("New blog", fresh.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchemaDownload_ReturnsSdl()
    {
        var response = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/graphql/schema.graphql"), GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("type BlogPost implements ContentItem", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pickers_HundredPosts_ConstantNumberOfQueries()
    {
        var targets = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            var target = await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = $"Target {i}" });
            targets.Add(target.ContentItemId);
            var post = new ContentItem { ContentType = "BlogPost", DisplayText = $"Post {i}" };
            post.GetOrCreatePart("BlogPost")["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray(target.ContentItemId) };
            await _host.CreateAsync(post);
        }

        var commands = 0;
        _host.Executor.Executed += count => commands = count;
        var response = await _host.PostAsync("query { blogPost(first: 100) { related { contentItems { displayText } } } }", GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(100, response.Data("blogPost").EnumerateArray().Count(p => p.GetProperty("related").GetProperty("contentItems").GetArrayLength() == 1));
        Assert.True(commands <= 3, $"{commands} SQL statements for 100 posts and their pickers");
    }
}

using System.Net;

namespace Cms.Tests.GraphQL;

/// <summary>GraphiQL at /admin/graphql: the page for holders of ExecuteGraphQL, the bundle it loads, and who is turned away.</summary>
public sealed class GraphiQLTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.CreateAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Page_WithExecuteGraphQL_IsServedAndPointsAtTheEndpoint()
    {
        var response = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/admin/graphql"), GraphQLTestHost.Reader);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.StartsWith("text/html", response.ContentType, StringComparison.Ordinal);
        Assert.Contains("data-endpoint=\"/api/graphql\"", response.Body, StringComparison.Ordinal);
        Assert.Contains("src=\"/_content/Cms.GraphQL/graphiql.js\"", response.Body, StringComparison.Ordinal);
        Assert.Contains("href=\"/_content/Cms.GraphQL/graphiql.css\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Anonymous_RedirectsToLoginWithReturnUrl()
    {
        var response = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/admin/graphql?x=1"));

        Assert.Equal(HttpStatusCode.Redirect, response.Status);
        Assert.Equal("/admin/login?ReturnUrl=%2Fadmin%2Fgraphql%3Fx%3D1", response.Location);
    }

    [Fact]
    public async Task Page_SignedInWithoutExecuteGraphQL_Is403()
    {
        await _host.SaveRolesAsync(GraphQLTestHost.Role("Authenticated"));

        var response = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/admin/graphql"), GraphQLTestHost.Reader);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
    }

    [Theory]
    [InlineData("/_content/Cms.GraphQL/graphiql.js", "text/javascript", "GraphiQL")]
    [InlineData("/_content/Cms.GraphQL/graphiql.css", "text/css", ".graphiql-container")]
    public async Task Bundle_IsServedWithAnETag(string path, string contentType, string marker)
    {
        var response = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.StartsWith(contentType, response.ContentType, StringComparison.Ordinal);
        Assert.Contains(marker, response.Body, StringComparison.Ordinal);
        Assert.True(response.Body.Length > 100_000, $"{path} is only {response.Body.Length} characters");
        var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.TryAddWithoutValidation("If-None-Match", response.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await _host.SendAsync(again)).Status);
    }
}

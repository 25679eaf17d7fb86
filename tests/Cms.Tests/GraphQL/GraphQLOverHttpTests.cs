using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cms.Core.ContentModel;

namespace Cms.Tests.GraphQL;

/// <summary>The GraphQL-over-HTTP rules: the media type the client prefers, request parameters of the wrong kind, methods.</summary>
public sealed class GraphQLOverHttpTests : IAsyncLifetime
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site());
        await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Blog" });
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GraphQLResponseAccepted_FieldError_Gets200AndTheMediaType()
    {
        var response = await PostAsync("{ blog(first: -1) { displayText } }", GraphQLResponseJson + ", application/json;q=0.9");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.StartsWith(GraphQLResponseJson, response.ContentType, StringComparison.Ordinal);
        Assert.Equal("The argument 'first' cannot be negative.", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("{ nope }")]
    [InlineData("{ blog { displayText }")]
    public async Task GraphQLResponseAccepted_DocumentFailsValidationOrParsing_Gets400(string query)
    {
        var response = await PostAsync(query, GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith(GraphQLResponseJson, response.ContentType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData(GraphQLResponseJson + ";q=0.5, application/json")]
    public async Task JsonAcceptedOrNothingSaid_FieldError_KeepsOrchards400(string? accept)
    {
        var response = await PostAsync("{ blog(first: -1) { displayText } }", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.StartsWith("application/json", response.ContentType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "query": "{ blog { displayText } }", "operationName": 5 }""", "'operationName' must be a string, not number.")]
    [InlineData("""{ "query": "{ blog { displayText } }", "extensions": "x" }""", "'extensions' must be a JSON object, not string.")]
    [InlineData("""{ "query": "{ blog { displayText } }", "variables": [1] }""", "'variables' must be a JSON object, not array.")]
    [InlineData("""{ "query": 7 }""", "'query' must be a string, not number.")]
    public async Task Post_ParameterOfTheWrongKind_Gets400NamingIt(string body, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var response = await _host.SendAsync(request, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(message, response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("?extensions=%5B1%5D", "'extensions' must be a JSON object.")]
    [InlineData("?query=%7Bblog%7BdisplayText%7D%7D&variables=%5B1%5D", "'variables' must be a JSON object.")]
    public async Task Get_ParameterOfTheWrongKind_Gets400NamingIt(string queryString, string message)
    {
        var response = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/graphql" + queryString), GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(message, response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("variables=null")]
    [InlineData("extensions=null")]
    public async Task Get_ParameterSentAsJsonNull_IsTakenAsAbsent(string parameter)
    {
        var response = await _host.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, "/api/graphql?query=%7Bblog%7BdisplayText%7D%7D&" + parameter), GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("mutation { blog }", null)]
    [InlineData("query Read { blog { displayText } } mutation Write { blog }", "Write")]
    public async Task Get_Mutation_Gets405AllowingPost(string query, string? operationName)
    {
        var url = "/api/graphql?query=" + Uri.EscapeDataString(query) + (operationName is null ? "" : "&operationName=" + operationName);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        GraphQLTestHost.SignIn(request, GraphQLTestHost.Editor);
        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Contains("use POST", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_QuerySelectedBesideAMutation_IsAnswered()
    {
        var url = "/api/graphql?operationName=Read&query=" + Uri.EscapeDataString("query Read { blog { displayText } } mutation Write { blog }");
        var response = await _host.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["Blog"], response.Strings("blog", "displayText"));
    }

    [Fact]
    public async Task Put_Gets405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/graphql")
        {
            Content = new StringContent("""{ "query": "{ blog { displayText } }" }""", Encoding.UTF8, "application/json"),
        };
        var response = await _host.SendAsync(request, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    [Fact]
    public async Task Introspection_GraphQLJs16WithEveryOption_AnsweredWithTheNewerFields()
    {
        var response = await _host.PostAsync(
            StandardIntrospectionQuery.Text(specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true), GraphQLTestHost.Editor);

        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        var schema = response.Data("__schema");
        var include = schema.GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "include");
        Assert.False(include.GetProperty("isRepeatable").GetBoolean());
        var blog = schema.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Blog");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, blog.GetProperty("specifiedByURL").ValueKind);
        var list = blog.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "list");
        Assert.Equal(System.Text.Json.JsonValueKind.Array, list.GetProperty("args").ValueKind);
    }

    private async Task<GraphQLResponse> PostAsync(string query, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await _host.SendAsync(request, GraphQLTestHost.Editor);
    }
}

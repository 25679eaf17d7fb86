using System.Net;
using Cms.Core.ContentModel;
using Cms.Tests.GraphQL;
using Microsoft.Extensions.Options;

namespace Cms.Tests.Hosting;

/// <summary>CORS on /api/graphql as a browser on another origin meets it: preflights, credentials, the sign-in cookie.</summary>
public sealed class ApiCorsTests
{
    private const string App = "https://app.example.org";

    [Fact]
    public async Task Preflight_FromAListedOrigin_GetsTheHeadersWithCredentials()
    {
        await using var host = await HostAsync(App);

        using var response = await PreflightAsync(host, App);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(App, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
        Assert.Equal("GET,POST", Header(response, "Access-Control-Allow-Methods"));
        var allowed = Header(response, "Access-Control-Allow-Headers")!.Split(',');
        Assert.Contains("content-type", allowed, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("apollographql-client-name", allowed, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_GetsNoCorsHeaders()
    {
        await using var host = await HostAsync(App);

        using var response = await PreflightAsync(host, "https://evil.example.net");

        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Preflight_WithAnyOrigin_AllowsTheOriginWithoutCredentials()
    {
        await using var host = await HostAsync("*");

        using var response = await PreflightAsync(host, "https://anyone.example.net");

        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Preflight_WithTheDefaultConfiguration_GetsNoCorsHeaders()
    {
        await using var host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site());

        using var response = await PreflightAsync(host, App);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Get_FromAListedOrigin_ExposesTheETag()
    {
        await using var host = await HostAsync(App);

        using var response = await SendAsync(host, HttpMethod.Get, App, GraphQLTestHost.Editor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(App, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("ETag", Header(response, "Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task Get_WithTwoListedOrigins_VariesOnOriginSoACacheKeepsTheirAnswersApart()
    {
        await using var host = await HostAsync(App, "https://other.example.org");

        using var response = await SendAsync(host, HttpMethod.Get, "https://other.example.org", GraphQLTestHost.Editor);

        Assert.Equal("https://other.example.org", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.Contains("Cookie", response.Headers.Vary);
    }

    [Theory]
    [InlineData("*", "https://anyone.example.net", false)]
    [InlineData(App, "https://evil.example.net", false)]
    [InlineData(App, App, true)]
    public async Task Post_SignedInWithoutAuthorizationHeader_IsSignedInOnlyFromAListedOrigin(string allowed, string origin, bool signedIn)
    {
        await using var host = await HostAsync(allowed);
        await host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = "Draft only" }, VersionOptions.Draft);

        using var response = await SendAsync(host, HttpMethod.Post, origin, GraphQLTestHost.Editor, "{\"query\":\"{ blog(status: DRAFT) { displayText } }\"}");
        var body = await response.Content.ReadAsStringAsync();

        // Anonymous may run queries but not preview drafts: the status argument is refused.
        Assert.Equal(signedIn, body.Contains("Draft only", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://app.example.org/")]
    [InlineData("https://app.example.org/path")]
    [InlineData("app.example.org")]
    [InlineData("ftp://app.example.org")]
    public async Task Start_WithAMalformedOrigin_FailsNamingTheSettingAndTheOrigin(string origin)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => HostAsync(origin));

        var validation = Assert.IsType<OptionsValidationException>(Innermost(failure, e => e is OptionsValidationException));
        Assert.Contains("Cms:Cors:AllowedOrigins", validation.Message, StringComparison.Ordinal);
        Assert.Contains($"'{origin}'", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAnyOriginAndAListedOne_Fails()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => HostAsync("*", App));

        Assert.Contains("must be the only entry", Innermost(failure, e => e is OptionsValidationException).Message, StringComparison.Ordinal);
    }

    private static async Task<GraphQLTestHost> HostAsync(params string[] origins)
    {
        var settings = origins.Select((origin, i) => new KeyValuePair<string, string?>($"Cms:Cors:AllowedOrigins:{i}", origin))
            .ToDictionary(p => p.Key, p => p.Value);
        var host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site(), settings);
        await host.SaveRolesAsync(GraphQLTestHost.Role("Anonymous", "ExecuteGraphQL", "ViewContent"));
        return host;
    }

    private static Task<HttpResponseMessage> PreflightAsync(GraphQLTestHost host, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,apollographql-client-name");
        return host.Client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> SendAsync(GraphQLTestHost host, HttpMethod method, string origin, string user, string? json = null)
    {
        var request = new HttpRequestMessage(method, json is null ? "/api/graphql?query={blog{displayText}}" : "/api/graphql");
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        request.Headers.Add("Origin", origin);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        GraphQLTestHost.SignIn(request, user);
        return host.Client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(',', values) : null;

    private static Exception Innermost(Exception exception, Func<Exception, bool> match)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (match(current))
            {
                return current;
            }
        }

        return exception;
    }
}

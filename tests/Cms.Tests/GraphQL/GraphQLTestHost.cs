using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.GraphQL;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Http;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cms.Tests.GraphQL;

/// <summary>
/// A test server with only the GraphQL feature mounted (AddCmsGraphQL + MapCmsGraphQL) over a real SQLite site.
/// Callers are chosen per request with the X-Test-User header ("id|name|role,role"); no header means anonymous.
/// </summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    public const string AuthorId = "4author000000000000000000a1";
    public const string EditorId = "4editor00000000000000000001";

    private readonly WebApplication _app;

    private GraphQLTestHost(TestSite site, WebApplication app)
    {
        Site = site;
        _app = app;
        Client = app.GetTestClient();
    }

    public TestSite Site { get; }

    public HttpClient Client { get; }

    internal GraphQLExecutor Executor => _app.Services.GetRequiredService<GraphQLExecutor>();

    public static async Task<GraphQLTestHost> CreateAsync(ContentDefinitionDocument definitions, IDictionary<string, string?>? settings = null)
    {
        var site = await TestSite.CreateAsync(definitions);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton(site.Documents);
        builder.Services.AddSingleton(site.DefinitionStore);
        builder.Services.AddCmsSecurity();
        builder.Services.AddCmsGraphQL(builder.Configuration);
        builder.Services.AddAuthentication("Test").AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>("Test", null);
        builder.Services.AddRouting();
        var app = builder.Build();
        app.UseAuthentication();
        app.MapCmsGraphQL();
        await app.StartAsync();
        var host = new GraphQLTestHost(site, app);
        await host.SaveRolesAsync(
            SecurityScenarioRoles.Role("Anonymous"),
            SecurityScenarioRoles.Role("Authenticated", "ExecuteGraphQL"),
            SecurityScenarioRoles.Role("Author", "ViewOwnContent", "PreviewOwnContent"),
            SecurityScenarioRoles.Role("Editor", "ViewContent", "PreviewContent"));
        return host;
    }

    public static string Author => $"{AuthorId}|author|Author";

    public static string Editor => $"{EditorId}|editor|Editor";

    public static string Reader => "4reader00000000000000000001|reader|";

    public async Task SaveRolesAsync(params RoleRecord[] roles)
    {
        await using var session = await Site.Documents.OpenWriteSessionAsync(CancellationToken.None);
        await SecurityStore.SaveRolesAsync(session, roles, CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    /// <summary>Creates an item and writes the part and field index rows the kinds' validator will write once it lands.</summary>
    public async Task<ContentItem> CreateAsync(ContentItem item, VersionOptions options = VersionOptions.Published,
        ContentActor? actor = null, Action<ContentIndexEntries>? index = null)
    {
        await using var session = await Site.OpenAsync(actor);
        await session.CreateAsync(item, options, CancellationToken.None);
        if (index is not null)
        {
            var entries = new ContentIndexEntries();
            index(entries);
            await TestIndexRows.WriteAsync(session.Storage, item, entries);
        }

        await session.SaveChangesAsync(CancellationToken.None);
        return item;
    }

    public async Task<GraphQLResponse> PostAsync(string query, string? user = null, object? variables = null,
        string? operationName = null, object? extensions = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName, extensions });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        return await SendAsync(request, user);
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, string? user = null)
    {
        if (user is not null)
        {
            request.Headers.Add("X-Test-User", user);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, text, response.Headers.ETag?.Tag,
            response.Headers.CacheControl?.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Site.DisposeAsync();
    }

    private sealed class HeaderAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
    {
        public HeaderAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
            : base(options, logger, encoder)
        {
        }

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue("X-Test-User", out var header) || header.ToString().Split('|') is not [var id, var name, var roles])
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var user = new UserRecord { UserId = id, UserName = name, RoleNames = [.. roles.Split(',', StringSplitOptions.RemoveEmptyEntries)] };
            var principal = new ClaimsPrincipal(CmsClaims.ToIdentity(user, "Test"));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, "Test")));
        }
    }
}

/// <summary>A response: status, raw body (parsed on demand), ETag and Cache-Control.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string Body, string? ETag, string? CacheControl)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public JsonElement Data(string field) => Json.GetProperty("data").GetProperty(field);

    public IReadOnlyList<string> Strings(string field, string member) =>
        Data(field).EnumerateArray().Select(e => e.GetProperty(member).ToString()).ToList();

    public string FirstErrorMessage => Json.GetProperty("errors")[0].GetProperty("message").GetString()!;
}

internal static class SecurityScenarioRoles
{
    public static RoleRecord Role(string name, params string[] permissions) => new() { Name = name, Permissions = [.. permissions] };
}

using System.Net;
using System.Text;
using System.Text.Json;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Recipes;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.GraphQL.Execution;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Tests.GraphQL;

/// <summary>
/// The real host (<see cref="CmsWebFactory"/>) on its own temp data folder, with a fake clock and extra settings.
/// Items are stored through <see cref="ContentSession"/>, so their index rows are the validator's own. Callers are
/// chosen per request as "id|name|role,role" (sent as the test sign-in headers); no user means anonymous.
/// </summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    public const string AuthorId = "4author000000000000000000a1";
    public const string EditorId = "4editor00000000000000000001";

    private readonly Factory _factory;

    private GraphQLTestHost(Factory factory)
    {
        _factory = factory;
        Client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public HttpClient Client { get; }

    /// <summary>The host's clock: items get their dates from it.</summary>
    public FakeTimeProvider Clock => _factory.Clock;

    public IServiceProvider Services => _factory.Services;

    public string DataPath => _factory.DataPath;

    internal GraphQLExecutor Executor => Services.GetRequiredService<GraphQLExecutor>();

    public static string Author => $"{AuthorId}|author|Author";

    public static string Editor => $"{EditorId}|editor|Editor";

    public static string Reader => "4reader00000000000000000001|reader|";

    public static string Admin => $"{CmsWebFactory.Users.AdminId}|admin|{SystemRoles.Administrator}";

    /// <summary>A host with the given definitions and the roles the GraphQL tests use (see <see cref="SaveTestRolesAsync"/>).</summary>
    public static async Task<GraphQLTestHost> CreateAsync(
        ContentDefinitionDocument? definitions = null, IDictionary<string, string?>? settings = null, StoreProvider provider = StoreProvider.Sqlite)
    {
        var host = new GraphQLTestHost(new Factory(settings ?? new Dictionary<string, string?>(), provider));
        if (definitions is not null)
        {
            await using var session = await host.OpenAsync(ContentActor.System);
            await session.SaveDefinitionsAsync(definitions, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        await host.SaveTestRolesAsync();
        return host;
    }

    /// <summary>Anonymous (nothing), Authenticated (ExecuteGraphQL), Author (own items), Editor (everything, drafts too).</summary>
    public Task SaveTestRolesAsync() => SaveRolesAsync(
        Role("Anonymous"),
        Role("Authenticated", "ExecuteGraphQL"),
        Role("Author", "ViewOwnContent", "PreviewOwnContent"),
        Role("Editor", "ViewContent", "PreviewContent"));

    public static RoleRecord Role(string name, params string[] permissions) => new() { Name = name, Permissions = [.. permissions] };

    /// <summary>Replaces the named roles and keeps the others.</summary>
    public async Task SaveRolesAsync(params RoleRecord[] roles)
    {
        await using var session = await Services.GetRequiredService<DocumentStore>().OpenWriteSessionAsync(CancellationToken.None);
        var kept = (await SecurityStore.LoadRolesAsync(session, CancellationToken.None))
            .Where(r => !roles.Any(n => SystemRoles.NameComparer.Equals(n.Name, r.Name)));
        await SecurityStore.SaveRolesAsync(session, [.. kept, .. roles], CancellationToken.None);
        await session.CommitAsync(CancellationToken.None);
    }

    public Task<ContentSession> OpenAsync(ContentActor? actor = null) =>
        Services.GetRequiredService<ContentStore>().OpenSessionAsync(actor ?? new ContentActor(EditorId, "editor"), CancellationToken.None);

    /// <summary>Creates an item through a content session (validation, preparation and index rows as in production).</summary>
    public async Task<ContentItem> CreateAsync(ContentItem item, VersionOptions options = VersionOptions.Published, ContentActor? actor = null)
    {
        await using var session = await OpenAsync(actor);
        await session.CreateAsync(item, options, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
        return item;
    }

    public Task<RecipeResult> RunRecipeAsync(RecipeDescriptor recipe) =>
        Services.GetRequiredService<RecipeRunner>().RunAsync(recipe, new RecipeRunRequest { Parameters = TestSite.AdminParameters }, CancellationToken.None);

    public async Task<GraphQLResponse> PostAsync(string query, string? user = null, object? variables = null,
        string? operationName = null, object? extensions = null, string? documentId = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName, extensions, documentId });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        return await SendAsync(request, user);
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, string? user = null)
    {
        SignIn(request, user);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, text, response.Headers.ETag?.Tag,
            response.Headers.CacheControl?.ToString(), response.Headers.Location?.ToString(), response.Content.Headers.ContentType?.ToString());
    }

    /// <summary>Another client of the same host, with a cookie jar of its own (a browser that signs in).</summary>
    public HttpClient CreateClient() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Adds the test sign-in headers for "id|name|role,role".</summary>
    public static void SignIn(HttpRequestMessage request, string? user)
    {
        if (user?.Split('|') is [var id, var name, var roles])
        {
            request.Headers.Add("X-Test-User", id);
            request.Headers.Add("X-Test-Name", name);
            request.Headers.Add("X-Test-Roles", roles);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }

    private sealed class Factory : CmsWebFactory
    {
        private readonly IDictionary<string, string?> _settings;

        public Factory(IDictionary<string, string?> settings, StoreProvider provider)
            : base(provider)
        {
            _settings = settings;
        }

        public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.Zero));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in _settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}

/// <summary>A response: status, raw body (parsed on demand), ETag, Cache-Control, Location and Content-Type.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string Body, string? ETag, string? CacheControl,
    string? Location = null, string? ContentType = null)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public JsonElement Data(string field) => Json.GetProperty("data").GetProperty(field);

    public IReadOnlyList<string> Strings(string field, string member) =>
        Data(field).EnumerateArray().Select(e => e.GetProperty(member).ToString()).ToList();

    public string FirstErrorMessage => Json.GetProperty("errors")[0].GetProperty("message").GetString()!;
}

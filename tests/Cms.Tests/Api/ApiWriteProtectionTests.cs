using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Tests.Admin;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Api;

/// <summary>
/// Writes to /api carried by the admin's sign-in cookie need the antiforgery token, so another site cannot make a
/// signed-in browser run them; bodies are JSON only; API keys (bearer) need no token.
/// </summary>
public sealed class ApiWriteProtectionTests : IClassFixture<ApiWriteProtectionTests.Site>
{
    private const string GrantAnonymousPreview =
        """{ "name": "Grant", "steps": [ { "name": "Roles", "Roles": [ { "Name": "Anonymous", "Permissions": [ "PreviewContent" ] } ] } ] }""";

    private readonly Site _site;

    public ApiWriteProtectionTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : SignInWebFactory, IAsyncLifetime
    {
        public Task InitializeAsync() => SeedAsync(TestDefinitions.Articles());

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task ContentPost_CookieTextPlainFromAnotherSite_IsRefusedAndNothingStored()
    {
        using var client = await _site.SignedInClientAsync("csrfcontent", SystemRoles.Administrator);
        var before = await ContentDocumentCountAsync();

        using var response = await client.SendAsync(CrossSite(HttpMethod.Post, "/api/content", ArticleJson("Forged"), "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await ContentDocumentCountAsync());
    }

    [Fact]
    public async Task RecipeRun_CookieTextPlainFromAnotherSite_IsRefusedAndRolesUnchanged()
    {
        using var client = await _site.SignedInClientAsync("csrfrecipe", SystemRoles.Administrator);

        using var response = await client.SendAsync(CrossSite(HttpMethod.Post, "/api/recipes/run", GrantAnonymousPreview, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("PreviewContent", (await AnonymousRoleAsync()).Permissions);
    }

    [Fact]
    public async Task ContentDelete_CookieWithoutToken_IsRefusedAndTheItemKept()
    {
        using var client = await _site.SignedInClientAsync("csrfdelete", SystemRoles.Administrator);
        var id = await CreateWithTokenAsync(client, "Kept");

        using var response = await client.SendAsync(CrossSite(HttpMethod.Delete, $"/api/content/{id}", null, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _site.Anonymous().GetAsync(new Uri($"/api/content/{id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ContentPost_CookieWithTheAdminPagesToken_IsAccepted()
    {
        using var client = await _site.SignedInClientAsync("tokencontent", SystemRoles.Administrator);

        var id = await CreateWithTokenAsync(client, "With token");

        Assert.Equal(HttpStatusCode.OK, (await _site.Anonymous().GetAsync(new Uri($"/api/content/{id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task RecipeRun_CookieWithTheAdminPagesToken_Runs()
    {
        using var client = await _site.SignedInClientAsync("tokenrecipe", SystemRoles.Administrator);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/recipes/run")
        {
            Content = new StringContent("""{ "name": "Harmless", "steps": [ { "name": "Settings", "SiteName": "Renamed" } ] }""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-CSRF-TOKEN", await AdminForms.TokenAsync(client, "/admin"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ContentPost_CookieWithTokenButTextPlain_Gets415AndNothingStored()
    {
        using var client = await _site.SignedInClientAsync("tokenplain", SystemRoles.Administrator);
        var before = await ContentDocumentCountAsync();
        using var request = CrossSite(HttpMethod.Post, "/api/content", ArticleJson("Plain"), "text/plain");
        request.Headers.Add("X-CSRF-TOKEN", await AdminForms.TokenAsync(client, "/admin"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await ContentDocumentCountAsync());
    }

    [Fact]
    public async Task ContentPost_ApiKeyWithoutToken_IsAccepted()
    {
        var (_, key) = await _site.Services.GetRequiredService<ApiKeyStore>().CreateAsync("importer", "Editor", null, CancellationToken.None);
        using var client = _site.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content") { Content = new StringContent(ArticleJson("By key"), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["Published"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ContentPost_ApiKeyWithTextPlain_Gets415()
    {
        var (_, key) = await _site.Services.GetRequiredService<ApiKeyStore>().CreateAsync("plain", "Editor", null, CancellationToken.None);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content") { Content = new StringContent(ArticleJson("Plain key"), Encoding.UTF8, "text/plain") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);

        using var response = await _site.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private static async Task<string> CreateWithTokenAsync(HttpClient client, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content")
        {
            Content = new StringContent(ArticleJson(title), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-CSRF-TOKEN", await AdminForms.TokenAsync(client, "/admin"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["ContentItemId"]!.GetValue<string>();
    }

    /// <summary>What a page on another site can make a browser send without asking: no custom headers, a simple content type.</summary>
    private static HttpRequestMessage CrossSite(HttpMethod method, string path, string? body, string? contentType)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, contentType!);
        }

        request.Headers.Add("Origin", "https://attacker.example");
        return request;
    }

    private static string ArticleJson(string title) => ContentEndpointsTests.Article(title).ToJsonString();

    private async Task<long> ContentDocumentCountAsync()
    {
        await using var session = await _site.Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
        return Convert.ToInt64(await session.ScalarAsync($"SELECT COUNT(*) FROM {Tables.Documents} WHERE Type = @type",
            [("@type", DocumentTypes.ContentItem)], CancellationToken.None), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<RoleRecord> AnonymousRoleAsync()
    {
        await using var session = await _site.Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
        return (await SecurityStore.LoadRolesAsync(session, CancellationToken.None)).Single(r => r.Name == SystemRoles.Anonymous);
    }
}

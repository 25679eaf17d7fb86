using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Hosting;

/// <summary>API keys as bearer credentials on /api: the key's role decides what GraphQL reads, drafts included.</summary>
public sealed class ApiKeyAuthenticationTests : IClassFixture<ApiKeyAuthenticationTests.Site>
{
    private readonly Site _site;

    public ApiKeyAuthenticationTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : SignInWebFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await SeedAsync(TestDefinitions.Articles(), roles =>
            {
                roles.Add(new RoleRecord { Name = "FrontEnd", Permissions = ["ExecuteGraphQL", "ViewContent"] });
                roles.Add(new RoleRecord { Name = "Previewer", Permissions = ["ExecuteGraphQL", "ViewContent", "PreviewContent"] });
                roles.Add(new RoleRecord { Name = "NoGraphQL", Permissions = ["ViewContent"] });
                roles.Single(r => r.Name == SystemRoles.Authenticated).Permissions.AddRange(["ExecuteGraphQL", "ViewContent"]);
                roles.Single(r => r.Name == SystemRoles.Anonymous).Permissions.AddRange(["ExecuteGraphQL", "ViewContent"]);
            });
            await using var session = await Services.GetRequiredService<ContentStore>().OpenSessionAsync(ContentActor.System, CancellationToken.None);
            await session.CreateAsync(TestDefinitions.Article("Published letter"), VersionOptions.Published, CancellationToken.None);
            await session.CreateAsync(TestDefinitions.Article("Draft letter"), VersionOptions.Draft, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task GraphQL_KeyInAViewRole_ReadsPublishedItems_ButNotDrafts()
    {
        var key = await CreateKeyAsync("FrontEnd");

        var published = await GraphQLAsync(key, "query { article { displayText } }");
        var drafts = await GraphQLAsync(key, "query { article(status: DRAFT) { displayText } }");

        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.Equal(["Published letter"], Titles(published.Body));
        Assert.Equal(HttpStatusCode.BadRequest, drafts.Status);
        Assert.DoesNotContain("Draft letter", drafts.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQL_KeyInAPreviewRole_ReadsDrafts()
    {
        var key = await CreateKeyAsync("Previewer");

        var drafts = await GraphQLAsync(key, "query { article(status: DRAFT) { displayText } }");

        Assert.Equal(HttpStatusCode.OK, drafts.Status);
        Assert.Equal(["Draft letter"], Titles(drafts.Body));
    }

    [Fact]
    public async Task GraphQL_KeyIsInItsRoleOnly_NotAuthenticated()
    {
        // Authenticated may run GraphQL here; a key whose own role may not must still be refused.
        var key = await CreateKeyAsync("NoGraphQL");

        var response = await GraphQLAsync(key, "query { article { displayText } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }

    [Fact]
    public async Task GraphQL_RevokedWrongOrExpiredKey_Gets401EvenWhereAnonymousMayRead()
    {
        var keys = _site.Services.GetRequiredService<ApiKeyStore>();
        var revoked = await CreateKeyAsync("FrontEnd");
        await keys.RevokeAsync(revoked.Split('_')[1], CancellationToken.None);
        var (_, expired) = await keys.CreateAsync("expired", "FrontEnd", _site.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1), CancellationToken.None);
        var wrong = "cms_0123456789abcdef_" + new string('a', 64);

        foreach (var key in new[] { revoked, expired, wrong })
        {
            var response = await GraphQLAsync(key, "query { article { displayText } }");
            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.DoesNotContain("Published letter", response.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AdminPage_WithABearerKey_IsNotSignedIn()
    {
        var key = await CreateKeyAsync(SystemRoles.Administrator);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);

        using var response = await _site.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login", response.Headers.Location!.AbsolutePath);
    }

    private async Task<string> CreateKeyAsync(string role) =>
        (await _site.Services.GetRequiredService<ApiKeyStore>().CreateAsync("test key", role, null, CancellationToken.None)).Key;

    private async Task<(HttpStatusCode Status, string Body)> GraphQLAsync(string key, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await _site.Anonymous().SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static List<string> Titles(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("article").EnumerateArray()
            .Select(e => e.GetProperty("displayText").GetString()!).ToList();
}

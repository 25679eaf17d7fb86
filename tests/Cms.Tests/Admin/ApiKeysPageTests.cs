using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>/admin/api-keys: create a key (shown once), use it, revoke it.</summary>
public sealed partial class ApiKeysPageTests : IClassFixture<ApiKeysPageTests.Site>
{
    private readonly Site _site;

    public ApiKeysPageTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : SignInWebFactory, IAsyncLifetime
    {
        public Task InitializeAsync() => SeedAsync(TestDefinitions.Articles(), roles =>
            roles.Add(new RoleRecord { Name = "FrontEnd", Permissions = ["ExecuteGraphQL", "ViewContent"] }));

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task CreateKey_ShowsItOnce_ItReadsGraphQL_AndRevokingRefusesItOnTheNextRequest()
    {
        using var admin = await _site.SignedInClientAsync("keyadmin", SystemRoles.Administrator);

        var created = await AdminForms.PostAsync(admin, "/admin/api-keys", "/admin/api-keys?handler=Create",
            [new("Name", "Website"), new("RoleName", "FrontEnd"), new("ExpiresOn", "")]);
        var html = await created.Content.ReadAsStringAsync();
        var key = CreatedKey().Match(html).Groups[1].Value;
        var keyId = key.Split('_')[1];

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.OK, await GraphQLStatusAsync(key));
        Assert.DoesNotContain(key, await admin.GetStringAsync("/admin/api-keys"), StringComparison.Ordinal);
        Assert.Contains(keyId, await admin.GetStringAsync("/admin/api-keys"), StringComparison.Ordinal);

        var revoked = await AdminForms.PostAsync(admin, "/admin/api-keys", "/admin/api-keys?handler=Revoke", [new("keyId", keyId)]);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await GraphQLStatusAsync(key));
    }

    [Fact]
    public async Task CreateKey_UnknownRoleAndPastExpiry_ShowsTheErrorsBesideTheFieldsAndStoresNothing()
    {
        using var admin = await _site.SignedInClientAsync("keyerrors", SystemRoles.Administrator);

        var response = await AdminForms.PostAsync(admin, "/admin/api-keys", "/admin/api-keys?handler=Create",
            [new("Name", "Broken"), new("RoleName", "Nobody"), new("ExpiresOn", "2020-01-01")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("there is no role &#x27;Nobody&#x27;", html, StringComparison.Ordinal);
        Assert.Contains("The expiry date must be in the future.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await _site.Services.GetRequiredService<ApiKeyStore>().ListAsync(CancellationToken.None), k => k.Name == "Broken");
    }

    [Fact]
    public async Task Page_WithoutManageApiKeys_IsForbidden()
    {
        using var editor = await _site.SignedInClientAsync("keyeditor", "Editor");

        using var response = await editor.GetAsync(new Uri("/admin/api-keys", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("/admin/api-keys", await (await editor.GetAsync(new Uri("/admin", UriKind.Relative))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpStatusCode> GraphQLStatusAsync(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = new StringContent("""{ "query": "query { article { displayText } }" }""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await _site.Anonymous().SendAsync(request);
        return response.StatusCode;
    }

    [GeneratedRegex("id=\"created-key\" type=\"text\" readonly value=\"([^\"]+)\"")]
    private static partial Regex CreatedKey();
}

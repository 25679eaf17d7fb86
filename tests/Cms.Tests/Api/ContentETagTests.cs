using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cms.Tests.Support;
using static Cms.Tests.Support.CmsWebFactory;

namespace Cms.Tests.Api;

/// <summary>GET, ETag and If-Match agree: a tag names one version, and a write is checked against the latest one.</summary>
public sealed class ContentETagTests : IClassFixture<ContentETagTests.Site>
{
    private readonly Site _site;

    public ContentETagTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public Task InitializeAsync() => SeedAsync(TestDefinitions.Articles());

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Post_IfMatchFromGetLatestAfterADraftExists_UpdatesTheDraft()
    {
        var id = await PublishedWithDraftAsync();

        var latest = await GetAsync(_site.Admin(), $"/api/content/{id}?version=latest");
        var response = await SendAsync(HttpMethod.Post, "/api/content?draft=true", Update(id, "Edited draft"), latest.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("A draft", (await ReadAsync(latest))["DisplayText"]!.GetValue<string>());
        Assert.Equal("Edited draft", (await ReadAsync(response))["TitlePart"]!["Title"]!.GetValue<string>());
        var after = await GetAsync(_site.Admin(), $"/api/content/{id}?version=latest");
        Assert.Equal(response.Headers.ETag!.Tag, after.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Post_IfMatchOfThePublishedVersionWhileADraftExists_Returns412NamingTheLatestTag()
    {
        var id = await PublishedWithDraftAsync();
        var published = await GetAsync(_site.Admin(), $"/api/content/{id}");
        var latest = await GetAsync(_site.Admin(), $"/api/content/{id}?version=latest");

        var response = await SendAsync(HttpMethod.Post, "/api/content?draft=true", Update(id, "Blind overwrite"), published.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var problem = await ReadAsync(response);
        Assert.Equal(latest.Headers.ETag!.Tag, problem["currentETag"]!.GetValue<string>());
        Assert.Contains("?version=latest", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("A draft", (await ReadAsync(await GetAsync(_site.Admin(), $"/api/content/{id}?version=latest")))["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_IfMatchWithoutADraft_GetTagIsTheLatestTagAndUpdates()
    {
        var created = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/content", ContentEndpointsTests.Article("Only published"), ifMatch: null));
        var id = created["ContentItemId"]!.GetValue<string>();
        var published = await GetAsync(_site.Admin(), $"/api/content/{id}");

        var response = await SendAsync(HttpMethod.Post, "/api/content", Update(id, "Updated"), published.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Delete_StaleIfMatch_Returns412AndKeepsTheItem()
    {
        var id = await PublishedWithDraftAsync();
        var published = await GetAsync(_site.Admin(), $"/api/content/{id}");

        var response = await SendAsync(HttpMethod.Delete, $"/api/content/{id}", body: null, published.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(_site.Admin(), $"/api/content/{id}")).StatusCode);
    }

    [Fact]
    public async Task Post_WeakTagOfTheLatestVersion_Returns412()
    {
        var id = await PublishedWithDraftAsync();
        var latest = await GetAsync(_site.Admin(), $"/api/content/{id}?version=latest");

        var response = await SendAsync(HttpMethod.Post, "/api/content?draft=true", Update(id, "Weak"), "W/" + latest.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnquotedIfMatch_Returns400NamingTheHeaderAndKeepsTheItem()
    {
        var id = await PublishedWithDraftAsync();

        var response = await SendAsync(HttpMethod.Post, "/api/content?draft=true", Update(id, "Unchecked"), "not-a-tag");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("If-Match", (await ReadAsync(response))["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("A draft", (await ReadAsync(await GetAsync(_site.Admin(), $"/api/content/{id}?version=latest")))["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_IfMatchForANewItem_Returns412AndCreatesNothing()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/content", ContentEndpointsTests.Article("Never created"), "*");

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Fact]
    public async Task GetLatest_DraftOfAnotherAuthor_Returns403AndTheOwnerGetsIt()
    {
        var author = _site.ClientFor(Users.AuthorId, "Author");
        var created = await author.PostAsync(new Uri("/api/content?draft=true", UriKind.Relative), JsonContent.Create(ContentEndpointsTests.Article("Author's draft")));
        var id = (await ReadAsync(created))["ContentItemId"]!.GetValue<string>();

        var other = await GetAsync(_site.ClientFor(Users.OtherAuthorId, "Author"), $"/api/content/{id}?version=latest");
        var owner = await GetAsync(author, $"/api/content/{id}?version=latest");

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.DoesNotContain("Author's draft", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, owner.StatusCode);
        Assert.Equal(created.Headers.ETag!.Tag, owner.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Get_UnknownVersionValue_Returns400NamingTheParameter()
    {
        var response = await GetAsync(_site.Admin(), "/api/content/4nothing000000000000000000?version=newest");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'version'", (await ReadAsync(response))["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>A published Article with a newer draft titled "A draft" beside it.</summary>
    private async Task<string> PublishedWithDraftAsync()
    {
        var created = await ReadAsync(await SendAsync(HttpMethod.Post, "/api/content", ContentEndpointsTests.Article("Published first"), ifMatch: null));
        var id = created["ContentItemId"]!.GetValue<string>();
        var update = Update(id, "A draft");
        update["DisplayText"] = "A draft";
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/api/content?draft=true", update, ifMatch: null)).StatusCode);
        return id;
    }

    private static JsonObject Update(string id, string title) => new()
    {
        ["ContentItemId"] = id,
        ["TitlePart"] = new JsonObject { ["Title"] = title },
    };

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, JsonObject? body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await _site.Admin().SendAsync(request);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url) => client.GetAsync(new Uri(url, UriKind.Relative));

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}

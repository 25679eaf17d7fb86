using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Cms.Tests.Support.CmsWebFactory;

namespace Cms.Tests.Api;

public sealed class ContentEndpointsTests : IClassFixture<ContentEndpointsTests.Site>
{
    private readonly Site _site;

    public ContentEndpointsTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public Task InitializeAsync() => SeedAsync(TestDefinitions.Articles());

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Health_StoreReachable_Returns200()
    {
        var response = await _site.Anonymous().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("healthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AdminNewItem_PublishesAndAnonymousCanGetIt()
    {
        var created = await PostAsync(_site.Admin(), Article("Published through the API"));

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var json = await ReadAsync(created);
        Assert.True(json["Published"]!.GetValue<bool>());
        Assert.Equal(Users.AdminId, json["Owner"]!.GetValue<string>());
        var id = json["ContentItemId"]!.GetValue<string>();

        var fetched = await _site.Anonymous().GetAsync(new Uri($"/api/content/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.NotNull(fetched.Headers.ETag);
        Assert.Equal("Published through the API", (await ReadAsync(fetched))["TitlePart"]!["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_Draft_IsNotServedAsPublished()
    {
        var created = await PostAsync(_site.Admin(), Article("Only a draft"), draft: true);
        var id = (await ReadAsync(created))["ContentItemId"]!.GetValue<string>();

        var fetched = await _site.Anonymous().GetAsync(new Uri($"/api/content/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, fetched.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownContentType_Returns400NamingContentType()
    {
        var response = await PostAsync(_site.Admin(), new JsonObject { ["ContentType"] = "Nope" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ReadAsync(response);
        Assert.Contains("Nope", problem["errors"]!["/ContentType"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvalidFieldValue_Returns400NamingTheFieldAndStoresNothing()
    {
        var body = Article("Too low a rank");
        body["Article"]!["Rank"] = new JsonObject { ["Value"] = 0 };

        var response = await PostAsync(_site.Admin(), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ReadAsync(response))["errors"]!.AsObject();
        var message = Assert.Single(errors["/Article/Rank/Value"]!.AsArray())!.GetValue<string>();
        Assert.Contains("1", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400()
    {
        using var body = new StringContent("{ not json", Encoding.UTF8, "application/json");
        var response = await _site.Admin().PostAsync(new Uri("/api/content", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_Anonymous_Returns401()
    {
        var response = await PostAsync(_site.Anonymous(), Article("Anonymous attempt"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ContributorPublishing_Returns403ButDraftIsAllowed()
    {
        var contributor = _site.ClientFor(Users.ContributorId, "Contributor");

        var publish = await PostAsync(contributor, Article("Contributor publish"));
        var draft = await PostAsync(contributor, Article("Contributor draft"), draft: true);

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Equal(Users.ContributorId, (await ReadAsync(draft))["Owner"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_AuthorEditingOthersItem_Returns403()
    {
        var created = await ReadAsync(await PostAsync(_site.ClientFor(Users.AuthorId, "Author"), Article("Author's own")));
        var update = new JsonObject
        {
            ["ContentItemId"] = created["ContentItemId"]!.GetValue<string>(),
            ["TitlePart"] = new JsonObject { ["Title"] = "Hijacked" },
        };

        var response = await PostAsync(_site.ClientFor(Users.OtherAuthorId, "Author"), update);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_ExistingItem_MergesAndCreatesNewPublishedVersion()
    {
        var created = await ReadAsync(await PostAsync(_site.Admin(), Article("Before")));
        var update = new JsonObject
        {
            ["ContentItemId"] = created["ContentItemId"]!.GetValue<string>(),
            ["TitlePart"] = new JsonObject { ["Title"] = "After" },
            ["DisplayText"] = "After",
        };

        var updated = await ReadAsync(await PostAsync(_site.Admin(), update));

        Assert.Equal("After", updated["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.NotEqual(created["ContentItemVersionId"]!.GetValue<string>(), updated["ContentItemVersionId"]!.GetValue<string>());
        Assert.Equal(created["Article"]!["Subtitle"]!.ToJsonString(), updated["Article"]!["Subtitle"]!.ToJsonString());
    }

    [Fact]
    public async Task Post_StaleIfMatch_Returns412AndKeepsStoredItem()
    {
        var client = _site.Admin();
        var created = await PostAsync(client, Article("Contended"), draft: true);
        var staleTag = created.Headers.ETag!.Tag;
        var id = (await ReadAsync(created))["ContentItemId"]!.GetValue<string>();
        await PostAsync(client, new JsonObject { ["ContentItemId"] = id, ["TitlePart"] = new JsonObject { ["Title"] = "First save" } }, draft: true);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content?draft=true")
        {
            Content = JsonContent.Create(new JsonObject { ["ContentItemId"] = id, ["TitlePart"] = new JsonObject { ["Title"] = "Second save" } }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", staleTag);
        var conflict = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, conflict.StatusCode);
        var stored = await ReadAsync(await _site.Admin().GetAsync(new Uri($"/api/content/{id}?version=latest", UriKind.Relative)));
        Assert.Equal("First save", stored["TitlePart"]!["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Post_DeletedItemsIdAsNewItem_Returns409NamingContentItemIdAndKeepsItsHistory()
    {
        var id = (await ReadAsync(await PostAsync(_site.Admin(), Article("Deleted by the editor"))))["ContentItemId"]!.GetValue<string>();
        await _site.Admin().DeleteAsync(new Uri($"/api/content/{id}", UriKind.Relative));
        var squatter = new JsonObject { ["ContentItemId"] = id, ["ContentType"] = "Page", ["DisplayText"] = "Squatter" };

        var response = await PostAsync(_site.ClientFor(Users.AuthorId, "Author"), squatter, draft: true);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ReadAsync(response);
        Assert.Contains(id, problem["errors"]!["/ContentItemId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using var session = await content.OpenSessionAsync(ContentActor.System, CancellationToken.None);
        var version = Assert.Single(await session.ListVersionsAsync(id, CancellationToken.None));
        Assert.Equal(("Article", Users.AdminId), (version.ContentType, version.Owner));
    }

    [Fact]
    public async Task Get_UnknownItem_Returns404()
    {
        var response = await _site.Anonymous().GetAsync(new Uri("/api/content/4nothing000000000000000000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Delete_Editor_RemovesItemAnonymousDeleteIs401()
    {
        var id = (await ReadAsync(await PostAsync(_site.Admin(), Article("To delete"))))["ContentItemId"]!.GetValue<string>();

        var anonymous = await _site.Anonymous().DeleteAsync(new Uri($"/api/content/{id}", UriKind.Relative));
        var deleted = await _site.ClientFor(Users.EditorId, "Editor").DeleteAsync(new Uri($"/api/content/{id}", UriKind.Relative));
        var fetched = await _site.Anonymous().GetAsync(new Uri($"/api/content/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, fetched.StatusCode);
    }

    [Fact]
    public async Task Post_QuillBulletListInBody_StoresUnorderedList()
    {
        var body = Article("Quill markup through the API");
        body["HtmlBodyPart"] = new JsonObject
        {
            ["Html"] = "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Point</li></ol>",
        };

        var created = await ReadAsync(await PostAsync(_site.Admin(), body));

        Assert.Equal("<ul><li>Point</li></ul>", created["HtmlBodyPart"]!["Html"]!.GetValue<string>());
    }

    internal static JsonObject Article(string title) => new()
    {
        ["ContentType"] = "Article",
        ["DisplayText"] = title,
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["Article"] = new JsonObject { ["Subtitle"] = new JsonObject { ["Text"] = "Sub" }, ["Rank"] = new JsonObject { ["Value"] = 3 } },
    };

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject body, bool draft = false) =>
        client.PostAsync(new Uri(draft ? "/api/content?draft=true" : "/api/content", UriKind.Relative), JsonContent.Create(body));

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Tests.Support;
using Cms.Web.Preview;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Hosting;

/// <summary>
/// Preview tokens as bearer credentials on /api: the front end reads the one draft the token names, at its latest
/// version, and sees everything else as anonymous does; the token expires on the clock and never writes.
/// </summary>
public sealed class PreviewTokenAuthenticationTests : IClassFixture<PreviewTokenAuthenticationTests.Site>
{
    private const string DraftPath = "articles/draft-letter";

    private readonly Site _site;

    public PreviewTokenAuthenticationTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : SignInWebFactory, IAsyncLifetime
    {
        public string DraftId { get; private set; } = "";

        public string OtherDraftId { get; private set; } = "";

        public UserRecord Previewer { get; private set; } = new();

        public async Task InitializeAsync()
        {
            await SeedAsync(TestDefinitions.Articles(), roles =>
                roles.Single(r => r.Name == SystemRoles.Anonymous).Permissions.AddRange(["ExecuteGraphQL", "ViewContent"]));
            await using var session = await Services.GetRequiredService<ContentStore>().OpenSessionAsync(ContentActor.System, CancellationToken.None);
            await session.CreateAsync(TestDefinitions.Article("Published letter"), VersionOptions.Published, CancellationToken.None);
            var draft = TestDefinitions.Article("Draft letter");
            await session.CreateAsync(draft, VersionOptions.Draft, CancellationToken.None);
            var other = TestDefinitions.Article("Other draft");
            await session.CreateAsync(other, VersionOptions.Draft, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
            DraftId = draft.ContentItemId;
            OtherDraftId = other.ContentItemId;
            Previewer = await StoreUserAsync("previewer");
        }

        /// <summary>A stored editor, as read back (with the security stamp their password gave them).</summary>
        public async Task<UserRecord> StoreUserAsync(string userName)
        {
            await SaveUserAsync(userName, RoleStereotypes.Editor);
            await using var read = await Services.GetRequiredService<DocumentStore>().OpenReadSessionAsync(CancellationToken.None);
            return (await SecurityStore.FindUserByNameAsync(read, userName, CancellationToken.None))!;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task GraphQL_PreviewToken_ReadsItsDraftByIdAndByPath()
    {
        var token = Issue(_site.DraftId);

        var byId = await GraphQLAsync(token, $$"""{ contentItem(contentItemId: "{{_site.DraftId}}") { displayText } }""");
        var byWhere = await GraphQLAsync(token, $$"""{ article(status: LATEST, where: { contentItemId: "{{_site.DraftId}}" }) { displayText } }""");
        var byPath = await GraphQLAsync(token, $$"""{ article(status: LATEST, where: { path: "{{DraftPath}}" }) { displayText path } }""");

        Assert.Equal(HttpStatusCode.OK, byId.Status);
        Assert.Equal("Draft letter", Data(byId.Body)["contentItem"]!["displayText"]!.GetValue<string>());
        Assert.Equal(["Draft letter"], Titles(byWhere.Body));
        Assert.Equal(["Draft letter"], Titles(byPath.Body));
    }

    [Fact]
    public async Task GraphQL_PreviewTokenForOneItem_ReadsNothingElseBeyondAnonymous()
    {
        var token = Issue(_site.DraftId);

        var otherById = await GraphQLAsync(token, $$"""{ contentItem(contentItemId: "{{_site.OtherDraftId}}") { displayText } }""");
        var drafts = await GraphQLAsync(token, "{ article(status: DRAFT) { displayText } }");
        var latest = await GraphQLAsync(token, $$"""{ article(status: LATEST, where: { contentItemId: "{{_site.OtherDraftId}}" }) { displayText } }""");
        var published = await GraphQLAsync(token, "{ article { displayText } }");

        Assert.Null(Data(otherById.Body)["contentItem"]);
        Assert.Equal(["Draft letter"], Titles(drafts.Body));
        Assert.Empty(Titles(latest.Body));
        Assert.Equal(["Published letter"], Titles(published.Body));
    }

    [Fact]
    public async Task GraphQL_AnonymousWithoutToken_CannotReadTheDraft()
    {
        var response = await GraphQLAsync(null, $$"""{ contentItem(contentItemId: "{{_site.DraftId}}") { displayText } }""");

        Assert.Null(Data(response.Body)["contentItem"]);
    }

    [Fact]
    public async Task GraphQL_PreviewToken_AnswerIsPrivateToTheCaller()
    {
        using var response = await SendGraphQLAsync(Issue(_site.DraftId), HttpMethod.Get, $$"""{ article(status: LATEST) { displayText } }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.False(response.Headers.CacheControl.Public);
    }

    [Fact]
    public async Task GraphQL_ExpiredOrAlteredToken_Gets401EvenWhereAnonymousMayRead()
    {
        var expired = Issue(_site.DraftId);
        _site.Clock.Advance(TimeSpan.FromMinutes(10));
        var fresh = Issue(_site.DraftId);
        var altered = fresh[..^4] + (fresh.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        foreach (var token in new[] { expired, altered, "preview.not-a-token" })
        {
            var response = await GraphQLAsync(token, "{ article { displayText } }");
            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.Contains("preview token", response.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Published letter", response.Body, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await GraphQLAsync(fresh, "{ article { displayText } }")).Status);
    }

    [Fact]
    public async Task RestApi_PreviewToken_CannotWriteOrDeleteItsItem()
    {
        var token = Issue(_site.DraftId);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/content")
        {
            Content = new StringContent(
                $$"""{ "ContentItemId": "{{_site.DraftId}}", "ContentType": "Article", "DisplayText": "Changed", "TitlePart": { "Title": "Changed" } }""",
                Encoding.UTF8, "application/json"),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/content/{_site.DraftId}");
        delete.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var posted = await _site.Anonymous().SendAsync(post);
        using var deleted = await _site.Anonymous().SendAsync(delete);

        Assert.Equal(HttpStatusCode.Unauthorized, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, deleted.StatusCode);
        Assert.Equal(["Draft letter"], Titles((await GraphQLAsync(token, "{ article(status: DRAFT) { displayText } }")).Body));
    }

    [Fact]
    public async Task AdminPage_WithAPreviewToken_IsNotSignedIn()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/contents/{_site.DraftId}/edit");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Issue(_site.DraftId));

        using var response = await _site.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task GraphQL_TokenOfADisabledOrSignedOutEditor_Gets401()
    {
        var disabled = await _site.StoreUserAsync("disabledpreviewer");
        var signedOut = await _site.StoreUserAsync("signedoutpreviewer");
        var disabledToken = Issue(_site.DraftId, disabled);
        var signedOutToken = Issue(_site.DraftId, signedOut);
        disabled.IsEnabled = false;
        signedOut.SecurityStamp = UserPasswords.NewSecurityStamp();
        await using (var write = await _site.Services.GetRequiredService<DocumentStore>().OpenWriteSessionAsync(CancellationToken.None))
        {
            await SecurityStore.SaveUserAsync(write, disabled, CancellationToken.None);
            await SecurityStore.SaveUserAsync(write, signedOut, CancellationToken.None);
            await write.CommitAsync(CancellationToken.None);
        }

        foreach (var token in new[] { disabledToken, signedOutToken })
        {
            var response = await GraphQLAsync(token, $$"""{ contentItem(contentItemId: "{{_site.DraftId}}") { displayText } }""");
            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.DoesNotContain("Draft letter", response.Body, StringComparison.Ordinal);
        }
    }

    private string Issue(string contentItemId, UserRecord? user = null)
    {
        user ??= _site.Previewer;
        return _site.Services.GetRequiredService<PreviewTokens>().Issue(contentItemId, user.UserId, user.SecurityStamp);
    }

    private async Task<(HttpStatusCode Status, string Body)> GraphQLAsync(string? token, string query)
    {
        using var response = await SendGraphQLAsync(token, HttpMethod.Post, query);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendGraphQLAsync(string? token, HttpMethod method, string query)
    {
        using var request = method == HttpMethod.Get
            ? new HttpRequestMessage(method, "/api/graphql?query=" + Uri.EscapeDataString(query))
            : new HttpRequestMessage(method, "/api/graphql")
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
            };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _site.Anonymous().SendAsync(request);
    }

    private static JsonNode Data(string body) => JsonNode.Parse(body)!["data"]!;

    private static List<string> Titles(string body) =>
        Data(body)["article"]!.AsArray().Select(e => e!["displayText"]!.GetValue<string>()).ToList();
}

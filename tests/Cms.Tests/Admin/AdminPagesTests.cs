using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>The admin's server-side guarantees: antiforgery, sanitising, and permission checks on pages and actions.</summary>
public sealed partial class AdminPagesTests : IClassFixture<AdminPagesTests.Site>, IAsyncLifetime
{
    private readonly Site _site;

    public AdminPagesTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory;

    public Task InitializeAsync() => _site.SeedAsync(TestDefinitions.Articles(), roles =>
    {
        foreach (var role in roles.Where(r => r.Name is "Editor" or "Author" or "Contributor"))
        {
            role.Permissions.Add(PermissionCatalog.AccessAdminPanel.Name);
        }
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400()
    {
        using var client = _site.Admin();
        var response = await client.PostAsync("/admin/contents/new/Article", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["TitlePart.Title"] = "No token",
            ["submit"] = "publish",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Publish_HtmlWithScriptHandlersAndJavascriptUrls_IsStoredSanitized()
    {
        using var client = _site.Admin();
        var token = await TokenAsync(client, "/admin/contents/new/Article");
        var response = await client.PostAsync("/admin/contents/new/Article", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["TitlePart.Title"] = "Sanitised",
            ["HtmlBodyPart.Html"] = "<p onclick=\"steal()\">Hi<script>alert(1)</script><a href=\"javascript:alert(2)\">link</a></p>",
            ["submit"] = "publish",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = EditUrl().Match(response.Headers.Location!.ToString()).Groups[1].Value;
        var item = await LoadAsync(id);
        var html = (string?)item!.GetPart("HtmlBodyPart")!["Html"];
        Assert.Contains("Hi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);

        var preview = await client.GetStringAsync($"/admin/contents/{id}/preview");
        Assert.DoesNotContain("<script>alert", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_WithoutAccessAdminPanel_AreForbidden()
    {
        using var anonymous = _site.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/admin/contents")).StatusCode);

        using var authenticatedOnly = _site.ClientFor(CmsWebFactory.Users.EditorId);
        Assert.Equal(HttpStatusCode.Forbidden, (await authenticatedOnly.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Author_EditingOthersItem_IsForbidden_AndContributorCannotPublish()
    {
        var othersId = await CreateAsync(TestDefinitions.Article("Someone else's"), CmsWebFactory.Users.OtherAuthorId);
        using var author = _site.ClientFor(CmsWebFactory.Users.AuthorId, "Author");
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync($"/admin/contents/{othersId}/edit")).StatusCode);

        using var contributor = _site.ClientFor(CmsWebFactory.Users.ContributorId, "Contributor");
        var token = await TokenAsync(contributor, "/admin/contents/new/Article");
        var publish = await contributor.PostAsync("/admin/contents/new/Article", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["TitlePart.Title"] = "Contributor publishes",
            ["submit"] = "publish",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);

        var list = await author.GetStringAsync("/admin/contents");
        Assert.DoesNotContain("Someone else&#x27;s", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Author_BulkDeleteOfOthersItem_LeavesItInPlace()
    {
        var id = await CreateAsync(TestDefinitions.Article("Bulk target"), CmsWebFactory.Users.OtherAuthorId);
        using var author = _site.ClientFor(CmsWebFactory.Users.AuthorId, "Author");
        var token = await TokenAsync(author, "/admin/contents");
        var response = await author.PostAsync("/admin/contents?handler=Bulk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["bulkAction"] = "delete",
            ["itemIds"] = id,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(await LoadAsync(id));
    }

    [Fact]
    public async Task Edit_OwnItemPickingAnotherAuthorsDraft_ShowsNotItsTitle()
    {
        var othersDraft = await CreateAsync(TestDefinitions.Article("Another author's unseen draft"), CmsWebFactory.Users.OtherAuthorId);
        var own = TestDefinitions.Article("Picks the unseen draft");
        own.GetPart("Article")!["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray(othersDraft) };
        var ownId = await CreateAsync(own, CmsWebFactory.Users.AuthorId);

        using var author = _site.ClientFor(CmsWebFactory.Users.AuthorId, "Author");
        var html = await author.GetStringAsync($"/admin/contents/{ownId}/edit");
        using var editor = _site.ClientFor(CmsWebFactory.Users.EditorId, "Editor");
        var editorsHtml = await editor.GetStringAsync($"/admin/contents/{ownId}/edit");

        Assert.DoesNotContain("unseen draft", html.Replace("Picks the unseen draft", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Another author&#x27;s unseen draft", editorsHtml, StringComparison.Ordinal);
    }

    private async Task<string> CreateAsync(ContentItem item, string ownerId)
    {
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using var session = await content.OpenSessionAsync(new ContentActor(ownerId, "owner"), CancellationToken.None);
        item.ContentItemId = "";
        await session.CreateAsync(item, VersionOptions.Draft, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
        return item.ContentItemId;
    }

    private async Task<ContentItem?> LoadAsync(string id)
    {
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using var session = await content.Documents.OpenReadSessionAsync(CancellationToken.None);
        return await session.GetContentItemAsync(id, VersionOptions.Latest, CancellationToken.None);
    }

    private static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return AntiforgeryInput().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("/admin/contents/([^/]+)/edit")]
    private static partial Regex EditUrl();
}

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Security;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>The editor's "Preview in site" button: the type's PreviewPart pattern with a fresh token that reads the draft.</summary>
public sealed partial class PreviewInSiteTests : IClassFixture<PreviewInSiteTests.Site>
{
    private const string Pattern = "https://site.example/{{ ContentItem.Content.AutoroutePart.Path }}?preview={{ token }}";

    private readonly Site _site;

    public PreviewInSiteTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : SignInWebFactory, IAsyncLifetime
    {
        public string ArticleId { get; private set; } = "";

        public string PageId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var definitions = TestDefinitions.Articles();
            definitions.FindType("Article")!.Parts.Add(new ContentTypePartDefinition
            {
                PartName = "PreviewPart",
                Name = "PreviewPart",
                Settings = new JsonObject { ["PreviewPartSettings"] = new JsonObject { ["Pattern"] = Pattern } },
            });
            await SeedAsync(definitions, roles =>
            {
                roles.Single(r => r.Name == SystemRoles.Anonymous).Permissions.AddRange(["ExecuteGraphQL", "ViewContent"]);
                roles.Single(r => r.Name == RoleStereotypes.Editor).Permissions.Add("AccessAdminPanel");
            });
            await using var session = await Services.GetRequiredService<ContentStore>().OpenSessionAsync(ContentActor.System, CancellationToken.None);
            var article = TestDefinitions.Article("Draft letter");
            await session.CreateAsync(article, VersionOptions.Draft, CancellationToken.None);
            var page = new ContentItem { ContentType = "Page", DisplayText = "About" };
            page.GetOrCreatePart("TitlePart")["Title"] = "About";
            await session.CreateAsync(page, VersionOptions.Draft, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
            ArticleId = article.ContentItemId;
            PageId = page.ContentItemId;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task EditPage_TypeWithPreviewPattern_ShowsPreviewInSiteWithTheRenderedUrl()
    {
        var editor = await _site.SignedInClientAsync("editor1", RoleStereotypes.Editor);

        var html = await editor.GetStringAsync($"/admin/contents/{_site.ArticleId}/edit");

        var url = PreviewInSiteUrl(html);
        Assert.NotNull(url);
        Assert.StartsWith("https://site.example/articles/draft-letter?preview=preview.", url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditPage_PreviewInSiteToken_ReadsTheDraftThroughGraphQL()
    {
        var editor = await _site.SignedInClientAsync("editor2", RoleStereotypes.Editor);
        var url = PreviewInSiteUrl(await editor.GetStringAsync($"/admin/contents/{_site.ArticleId}/edit"))!;
        var token = Uri.UnescapeDataString(url[(url.IndexOf("?preview=", StringComparison.Ordinal) + "?preview=".Length)..]);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = $$"""{ contentItem(contentItemId: "{{_site.ArticleId}}") { displayText } }""" }),
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _site.Anonymous().SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Draft letter", JsonNode.Parse(body)!["data"]!["contentItem"]!["displayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task EditPage_TypeWithoutPreviewPattern_HasNoPreviewInSite()
    {
        var editor = await _site.SignedInClientAsync("editor3", RoleStereotypes.Editor);

        var html = await editor.GetStringAsync($"/admin/contents/{_site.PageId}/edit");

        Assert.Contains(">Preview</a>", html, StringComparison.Ordinal);
        Assert.Null(PreviewInSiteUrl(html));
    }

    private static string? PreviewInSiteUrl(string html) =>
        PreviewInSiteLink().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("""<a class="btn" href="([^"]+)"[^>]*>Preview in site</a>""")]
    private static partial Regex PreviewInSiteLink();
}

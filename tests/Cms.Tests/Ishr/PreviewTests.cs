using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Ishr;

/// <summary>The preview theme on the ISHR site: drafts render for those who may preview, broken templates say why.</summary>
public sealed class PreviewTests : IClassFixture<PreviewTests.Site>
{
    private readonly Site _site;

    public PreviewTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory
    {
        public string ThemeCopy { get; } = Path.Combine(Path.GetTempPath(), "cms-theme-tests", Guid.NewGuid().ToString("n"));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Setup:Enabled", "true");
            builder.UseSetting("Cms:Setup:AdminPassword", "Secret-passw0rd");
        }
    }

    private HttpClient Editor() => _site.ClientFor(CmsWebFactory.Users.EditorId, "Editor");

    [Fact]
    public async Task DraftLetter_EditorPreview_ShowsTitleBodyAndDraftBanner()
    {
        var id = await CreateDraftLetterAsync("A draft letter to the Council", "<p>We write to urge the Council.</p>");

        var response = await Editor().GetAsync(new Uri($"/preview/{id}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>A draft letter to the Council</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p>We write to urge the Council.</p>", html, StringComparison.Ordinal);
        Assert.Contains("draft, not public", html, StringComparison.Ordinal);
        await SaveAsync("preview-draft-letter.html", html);
    }

    [Fact]
    public async Task SampleLetter_Preview_ShowsFactsRelatedItemsTermsAndCaptionedImage()
    {
        var html = await PreviewByTitleAsync("Letter", "Haley");

        Assert.Contains("Nikki Haley, US ambassador to the United Nations", html, StringComparison.Ordinal);
        Assert.Contains("<dd>18</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Dear Ambassador Haley,", html, StringComparison.Ordinal);
        Assert.Contains("Related analysis", html, StringComparison.Ordinal);
        Assert.Contains("The US withdrawal from the UN Human Rights Council", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">Human Rights Council</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag country\">United States</span>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/media/ishr/placeholder.png\" alt=\"Photo: ISHR\">", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Photo: ISHR</figcaption>", html, StringComparison.Ordinal);
        await SaveAsync("preview-letter.html", html);
    }

    [Fact]
    public async Task SampleAnalysisAndHighlight_Preview()
    {
        var analysis = await PreviewByTitleAsync("Analysis", "withdrawal");
        var highlight = await PreviewByTitleAsync("Highlight", "2024");

        Assert.Contains("Related letters", analysis, StringComparison.Ordinal);
        Assert.Contains("Private letters of 18 NGOs to Member States, 17 May 2018", analysis, StringComparison.Ordinal);
        Assert.Contains("Highlight · 2024 · Featured", highlight, StringComparison.Ordinal);
        Assert.Contains("Here are 10 human rights impacts", highlight, StringComparison.Ordinal);
        await SaveAsync("preview-analysis.html", analysis);
        await SaveAsync("preview-highlight.html", highlight);
    }

    [Fact]
    public async Task ListPage_ShowsLettersWithDates()
    {
        var response = await Editor().GetAsync(new Uri("/preview/list/Letter", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Letter</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Joint letter of 18 NGOs to US Ambassador Nikki Haley", html, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2018-05-17\"", html, StringComparison.Ordinal);
        await SaveAsync("preview-list.html", html);
    }

    [Fact]
    public async Task Preview_AnonymousIsSentToSignIn_AuthenticatedWithoutRightsIs403()
    {
        var id = await CreateDraftLetterAsync("Secret draft", "<p>Not yet.</p>");

        var anonymous = await _site.Anonymous().GetAsync(new Uri($"/preview/{id}", UriKind.Relative));
        var reader = await _site.ClientFor("4reader000000000000000000r").GetAsync(new Uri($"/preview/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/admin/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.DoesNotContain("Not yet.", await reader.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenTemplate_AnswersAPageNamingTheTemplate()
    {
        var theme = _site.Services.GetRequiredService<Cms.Web.Preview.PreviewTheme>();
        var broken = Path.Combine(theme.Folder, "Highlight.liquid");
        var original = await File.ReadAllTextAsync(broken);
        try
        {
            await File.WriteAllTextAsync(broken, "<h1>{{ item.DisplayText </h1>{% if %}");
            File.SetLastWriteTimeUtc(broken, File.GetLastWriteTimeUtc(broken).AddSeconds(5));

            var response = await Editor().GetAsync(new Uri($"/preview/{await IdByTitleAsync("Highlight", "2024")}", UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains("Highlight.liquid", html, StringComparison.Ordinal);
            Assert.Contains("cannot be parsed", html, StringComparison.Ordinal);
        }
        finally
        {
            await File.WriteAllTextAsync(broken, original);
            File.SetLastWriteTimeUtc(broken, File.GetLastWriteTimeUtc(broken).AddSeconds(10));
        }
    }

    private async Task<string> PreviewByTitleAsync(string type, string titlePart)
    {
        var response = await Editor().GetAsync(new Uri($"/preview/{await IdByTitleAsync(type, titlePart)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> IdByTitleAsync(string type, string titlePart)
    {
        var store = _site.Services.GetRequiredService<Cms.Core.Storage.DocumentStore>();
        await using var session = await store.OpenReadSessionAsync(CancellationToken.None);
        var items = await session.QueryAsync(new Cms.Core.Querying.ContentQuery { ContentTypes = [type], Cultures = ["en"] }, CancellationToken.None);
        return items.First(i => i.DisplayText!.Contains(titlePart, StringComparison.Ordinal)).ContentItemId;
    }

    private async Task<string> CreateDraftLetterAsync(string title, string html)
    {
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using var session = await content.OpenSessionAsync(new ContentActor(CmsWebFactory.Users.AuthorId, "author"), CancellationToken.None);
        var item = session.New("Letter");
        item.GetOrCreatePart("TitlePart")["Title"] = title;
        item.GetOrCreatePart("Letter")["Recipient"] = new JsonObject { ["Text"] = "The Human Rights Council" };
        item.GetOrCreatePart("Letter")["SentDate"] = new JsonObject { ["Value"] = "2024-04-07" };
        item.GetOrCreatePart("HtmlBodyPart")["Html"] = html;
        await session.CreateAsync(item, VersionOptions.Draft, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
        return item.ContentItemId;
    }

    /// <summary>Keeps the rendered pages in the test output, for looking at them.</summary>
    private static async Task SaveAsync(string name, string html)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "preview-pages");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, name), html);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Ishr;

/// <summary>
/// What a preview shows beside the previewed item passes the read rule GraphQL applies: an Author previewing their own
/// draft sees no title, id or link of an item they may not see, and GraphQL hides the same.
/// </summary>
public sealed class PreviewAuthorizationTests : IClassFixture<PreviewAuthorizationTests.Site>
{
    private const string TopicsTaxonomyId = "31awv3frvtrkn8wyk4jvr92hth";
    private const string VisibleTermId = "5zxscszdp70aq8401eezcbq9sz";
    private const string VisibleAnalysisId = "t9kq7xz31qhh3hk3h9exg8pkq0";
    private const string UnseenTermId = "4unseenterm000000000000000";

    private readonly Site _site;

    public PreviewAuthorizationTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public string UnseenAnalysisId { get; private set; } = "";

        public string LetterId { get; private set; } = "";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Setup:Enabled", "true");
            builder.UseSetting("Cms:Setup:AdminPassword", "Secret-passw0rd");
        }

        public async Task InitializeAsync()
        {
            var content = Services.GetRequiredService<ContentStore>();
            await using (var other = await content.OpenSessionAsync(new ContentActor(Users.OtherAuthorId, "other"), CancellationToken.None))
            {
                var analysis = other.New("Analysis");
                analysis.GetOrCreatePart("TitlePart")["Title"] = "Unseen analysis draft";
                await other.CreateAsync(analysis, VersionOptions.Draft, CancellationToken.None);
                UnseenAnalysisId = analysis.ContentItemId;

                // A draft of the published Topics taxonomy with a term only those who may preview it can see.
                var taxonomy = (await other.GetAsync(TopicsTaxonomyId, VersionOptions.DraftRequired, CancellationToken.None))!;
                ((JsonArray)taxonomy.GetPart("TaxonomyPart")!["Terms"]!).Add(
                    new JsonObject { ["ContentItemId"] = UnseenTermId, ["ContentType"] = "Topic", ["DisplayText"] = "Unseen term" });
                await other.UpdateAsync(taxonomy, CancellationToken.None);
                await other.SaveChangesAsync(CancellationToken.None);
            }

            await using var author = await content.OpenSessionAsync(new ContentActor(Users.AuthorId, "author"), CancellationToken.None);
            var letter = author.New("Letter");
            letter.GetOrCreatePart("TitlePart")["Title"] = "The author's own draft";
            var fields = letter.GetOrCreatePart("Letter");
            fields["Recipient"] = new JsonObject { ["Text"] = "The Human Rights Council" };
            fields["SentDate"] = new JsonObject { ["Value"] = "2024-04-07" };
            fields["RelatedAnalysis"] = new JsonObject { ["ContentItemIds"] = new JsonArray(UnseenAnalysisId, VisibleAnalysisId) };
            fields["Topics"] = new JsonObject
            {
                ["TaxonomyContentItemId"] = TopicsTaxonomyId, ["TermContentItemIds"] = new JsonArray(UnseenTermId, VisibleTermId),
            };
            await author.CreateAsync(letter, VersionOptions.Draft, CancellationToken.None);
            await author.SaveChangesAsync(CancellationToken.None);
            LetterId = letter.ContentItemId;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private HttpClient Author() => _site.ClientFor(CmsWebFactory.Users.AuthorId, "Author");

    [Fact]
    public async Task Preview_OwnDraftPickingUnseenItems_ShowsNeitherTheirTitlesNorIds()
    {
        var response = await Author().GetAsync(new Uri($"/preview/{_site.LetterId}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The US withdrawal from the UN Human Rights Council", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">Human Rights Council</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Unseen analysis draft", html, StringComparison.Ordinal);
        Assert.DoesNotContain(_site.UnseenAnalysisId, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Unseen term", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_EditorWhoMayPreviewEverything_ShowsTheDraftsTheAuthorCannotSee()
    {
        var response = await _site.ClientFor(CmsWebFactory.Users.EditorId, "Editor").GetAsync(new Uri($"/preview/{_site.LetterId}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<a href=\"/preview/{_site.UnseenAnalysisId}\">Unseen analysis draft</a>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">Unseen term</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_AnotherAuthorsDraft_Returns403WithoutItsTitle()
    {
        var response = await Author().GetAsync(new Uri($"/preview/{_site.UnseenAnalysisId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Unseen analysis draft", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQL_OwnDraftPickingUnseenItems_HidesTheSameItems()
    {
        var response = await Author().PostAsync(new Uri("/api/graphql", UriKind.Relative), JsonContent.Create(new JsonObject
        {
            ["query"] = """
                { letter(status: DRAFT) { displayText
                    relatedAnalysis { contentItems(status: LATEST) { contentItemId displayText } }
                    topics { termContentItems { contentItemId displayText } } } }
                """,
        }));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var letter = Assert.Single(JsonNode.Parse(body)!["data"]!["letter"]!.AsArray())!;
        Assert.Equal("The author's own draft", letter["displayText"]!.GetValue<string>());
        var analysis = Assert.Single(letter["relatedAnalysis"]!["contentItems"]!.AsArray())!;
        Assert.Equal(VisibleAnalysisId, analysis["contentItemId"]!.GetValue<string>());
        var term = Assert.Single(letter["topics"]!["termContentItems"]!.AsArray())!;
        Assert.Equal(VisibleTermId, term["contentItemId"]!.GetValue<string>());
    }
}

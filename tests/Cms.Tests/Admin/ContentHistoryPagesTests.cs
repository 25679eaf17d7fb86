using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Settings;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>Compare and versions pages say what changed, in words and titles an editor reads; saving says what the sanitiser took out.</summary>
public sealed partial class ContentHistoryPagesTests : IClassFixture<ContentHistoryPagesTests.Site>
{
    private readonly Site _site;

    public ContentHistoryPagesTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await SeedAsync(TestDefinitions.Articles(), roles =>
            {
                foreach (var role in roles.Where(r => r.Name is "Editor"))
                {
                    role.Permissions.Add(PermissionCatalog.AccessAdminPanel.Name);
                }
            });
            await using var session = await Services.GetRequiredService<ContentStore>().OpenSessionAsync(ContentActor.System, CancellationToken.None);
            await new SiteSettings { SiteName = "History", TimeZoneId = "Europe/Zurich" }.SaveAsync(session.Storage, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    private HttpClient Editor() => _site.ClientFor(CmsWebFactory.Users.EditorId, "Editor");

    private ContentStore Content => _site.Services.GetRequiredService<ContentStore>();

    /// <summary>A published article and a draft beside it whose subtitle and related item changed.</summary>
    private async Task<(string Id, ContentItem Draft)> PublishedAndChangedDraftAsync(string title)
    {
        await using var session = await Content.OpenSessionAsync(new ContentActor(CmsWebFactory.Users.EditorId, "editor"), CancellationToken.None);
        var related = TestDefinitions.Article($"{title}: the related analysis");
        await session.CreateAsync(related, VersionOptions.Published, CancellationToken.None);
        var item = TestDefinitions.Article(title, subtitle: "we urge the government to act");
        await session.CreateAsync(item, VersionOptions.Published, CancellationToken.None);
        var draft = (await session.GetAsync(item.ContentItemId, VersionOptions.DraftRequired, CancellationToken.None))!;
        var part = draft.GetOrCreatePart("Article");
        part["Subtitle"] = new JsonObject { ["Text"] = "we urge the parliament to act" };
        part["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray(related.ContentItemId) };
        await session.UpdateAsync(draft, CancellationToken.None);
        await session.SaveChangesAsync(CancellationToken.None);
        return (item.ContentItemId, draft);
    }

    [Fact]
    public async Task Compare_DraftBesidePublished_MarksRemovedAndAddedWords()
    {
        var (id, _) = await PublishedAndChangedDraftAsync("Compared letter");

        var html = await Editor().GetStringAsync($"/admin/contents/{id}/compare");

        Assert.Contains("<del class=\"diff-removed\">government</del>", html, StringComparison.Ordinal);
        Assert.Contains("<ins class=\"diff-added\">parliament</ins>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("diff-removed\">we", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_PickedItem_ShowsItsTitleNotItsId()
    {
        var (id, draft) = await PublishedAndChangedDraftAsync("Letter with a relation");
        var relatedId = (string)draft.GetPart("Article")!["Related"]!["ContentItemIds"]![0]!;

        var html = await Editor().GetStringAsync($"/admin/contents/{id}/compare");

        Assert.Contains("Letter with a relation: the related analysis", html, StringComparison.Ordinal);
        Assert.DoesNotContain(relatedId, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Versions_SiteInZurich_ShowsSaveTimesInZurichAndSaysDraft()
    {
        var (id, draft) = await PublishedAndChangedDraftAsync("Letter in Zurich time");
        var zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
        var local = TimeZoneInfo.ConvertTimeFromUtc(draft.ModifiedUtc!.Value, zurich).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

        var html = await Editor().GetStringAsync($"/admin/contents/{id}/versions/{draft.ContentItemVersionId}");

        Assert.Contains("Saved (Europe/Zurich)", html, StringComparison.Ordinal);
        Assert.Contains(local, html, StringComparison.Ordinal);
        Assert.Contains(">Draft</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Latest</span>", html, StringComparison.Ordinal);
        Assert.Contains("<ins class=\"diff-added\">parliament</ins>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_BodyWithScriptAndHandler_SavedNoticeSaysWhatWasRemoved()
    {
        var (id, _) = await PublishedAndChangedDraftAsync("Hostile body");
        using var editor = Editor();
        var form = await editor.GetStringAsync($"/admin/contents/{id}/edit");

        var response = await AdminForms.PostAsync(editor, $"/admin/contents/{id}/edit", $"/admin/contents/{id}/edit",
        [
            new("VersionId", AdminForms.HiddenValue(form, "VersionId")),
            new("DocumentVersion", AdminForms.HiddenValue(form, "DocumentVersion")),
            new("TitlePart.Title", "Hostile body"),
            new("HtmlBodyPart.Html", "<p onclick=\"steal()\">Dear minister</p><script>steal()</script>"),
            new("submit", "draft"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await editor.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("draft saved. Removed: &lt;script&gt;, onclick attribute.", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_CleanBody_SavedNoticeMentionsNoRemoval()
    {
        var (id, _) = await PublishedAndChangedDraftAsync("Clean body");
        using var editor = Editor();
        var form = await editor.GetStringAsync($"/admin/contents/{id}/edit");

        var response = await AdminForms.PostAsync(editor, $"/admin/contents/{id}/edit", $"/admin/contents/{id}/edit",
        [
            new("VersionId", AdminForms.HiddenValue(form, "VersionId")),
            new("DocumentVersion", AdminForms.HiddenValue(form, "DocumentVersion")),
            new("TitlePart.Title", "Clean body"),
            new("HtmlBodyPart.Html", "<p>Dear <strong>minister</strong></p>"),
            new("submit", "draft"),
        ]);
        var saved = await editor.GetStringAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("draft saved.", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("Removed:", saved, StringComparison.Ordinal);
    }
}

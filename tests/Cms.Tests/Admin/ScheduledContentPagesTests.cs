using System.Net;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Webhooks;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>
/// Scheduling and webhooks in the admin over the NGO's site (time zone Europe/Zurich): the picker's local time is stored as
/// UTC, the list and dashboard show what is scheduled, and webhooks are registered and their log read on their pages.
/// </summary>
public sealed class ScheduledContentPagesTests : IClassFixture<ScheduledContentPagesTests.Site>
{
    private readonly Site _site;

    public ScheduledContentPagesTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Setup:Enabled", "true");
            builder.UseSetting("Cms:Setup:AdminPassword", "Secret-passw0rd");
        }
    }

    private async Task<ContentItem> CreateScheduledLetterAsync(string title)
    {
        using var client = _site.Admin();
        var response = await AdminForms.PostAsync(client, "/admin/contents/new/Highlight", "/admin/contents/new/Highlight",
        [
            new("TitlePart.Title", title),
            new("PublishLaterPart.ScheduledPublishUtc", "2030-06-01T10:00"),
            new("PublishLaterPart.TimeZone", "Europe/Zurich"),
            new("submit", "draft"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = response.Headers.Location!.ToString().Split('/')[^2];
        await using var session = await _site.Services.GetRequiredService<ContentStore>().OpenSessionAsync(ContentActor.System, CancellationToken.None);
        return (await session.GetAsync(id, VersionOptions.Latest, CancellationToken.None))!;
    }

    [Fact]
    public async Task Create_PublishTimePickedInTheSiteZone_IsStoredAsUtcAndShownBackInTheZone()
    {
        var letter = await CreateScheduledLetterAsync("Embargoed until June");

        Assert.Equal("2030-06-01T08:00:00Z", (string?)letter.GetPart("PublishLaterPart")!["ScheduledPublishUtc"]);
        Assert.False(letter.Published);
        using var client = _site.Admin();
        var edit = await client.GetStringAsync($"/admin/contents/{letter.ContentItemId}/edit");
        Assert.Contains("value=\"2030-06-01T10:00\"", edit, StringComparison.Ordinal);
        Assert.Contains("Europe/Zurich", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAndDashboard_ScheduledDraft_ShowTheStatusFilterAndTime()
    {
        await CreateScheduledLetterAsync("Scheduled for the list");
        using var client = _site.Admin();

        var scheduled = await client.GetStringAsync("/admin/contents?status=scheduled");
        var all = await client.GetStringAsync("/admin/contents?type=Highlight");
        var dashboard = await client.GetStringAsync("/admin");

        Assert.Contains("Scheduled for the list", scheduled, StringComparison.Ordinal);
        Assert.Contains("Scheduled 2030-06-01 10:00 Europe/Zurich", scheduled, StringComparison.Ordinal);
        Assert.DoesNotContain("badge-published", scheduled, StringComparison.Ordinal);
        Assert.Contains("Scheduled 2030-06-01 10:00", all, StringComparison.Ordinal);
        Assert.Contains("publishes 2030-06-01 10:00", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebhooksPage_RegisterThenReadTheLog_StoresItAndListsDeliveries()
    {
        using var client = _site.Admin();
        var response = await AdminForms.PostAsync(client, "/admin/webhooks", "/admin/webhooks?handler=Save",
        [
            new("Name", "static-site"), new("Url", "https://build.example/hook"), new("Events", WebhookEvents.Published),
            new("ContentTypes", "Highlight"), new("Secret", "0123456789abcdef"), new("Enabled", "true"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using (var session = await _site.Services.GetRequiredService<ContentStore>().OpenSessionAsync(ContentActor.System, CancellationToken.None))
        {
            var letter = session.New("Highlight");
            letter.GetOrCreatePart("TitlePart")["Title"] = "Goes out to the hook";
            await session.CreateAsync(letter, VersionOptions.Published, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        var list = await client.GetStringAsync("/admin/webhooks");
        var log = await client.GetStringAsync("/admin/webhooks/static-site/deliveries");
        Assert.Contains("https://build.example/hook", list, StringComparison.Ordinal);
        Assert.Contains("content.published", log, StringComparison.Ordinal);
        Assert.Contains("Redeliver", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebhooksPage_RelativeUrl_NamesTheUrlFieldAndStoresNothing()
    {
        using var client = _site.Admin();
        var response = await AdminForms.PostAsync(client, "/admin/webhooks", "/admin/webhooks?handler=Save",
        [
            new("Name", "broken"), new("Url", "/not-absolute"), new("Events", WebhookEvents.Published), new("Secret", "0123456789abcdef"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is not an absolute http or https address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/webhooks/broken/deliveries")).StatusCode);
    }
}

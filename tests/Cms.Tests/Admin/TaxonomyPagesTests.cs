using System.Net;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>Managing the terms of the ISHR site's Topics taxonomy: each change is a new, published version of the item.</summary>
public sealed class TaxonomyPagesTests : IClassFixture<TaxonomyPagesTests.Site>
{
    private const string TopicsId = "31awv3frvtrkn8wyk4jvr92hth";
    private const string Page = "/admin/taxonomies/" + TopicsId;
    private readonly Site _site;

    public TaxonomyPagesTests(Site site)
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

    [Fact]
    public async Task AddRenameReorderAndDeleteTerms_EachSaveIsANewPublishedVersion()
    {
        using var client = _site.Admin();
        Assert.Contains("Topics", await client.GetStringAsync("/admin/taxonomies"), StringComparison.Ordinal);
        var versionsBefore = await VersionCountAsync();

        await AdminForms.PostAsync(client, Page, Page + "?handler=Add", [new("title", "Freedom of expression")]);
        var added = await TermsAsync();
        var term = added.Last()!;
        Assert.Equal("Topic", (string?)term["ContentType"]);
        Assert.Equal(TopicsId, (string?)term["TermPart"]!["TaxonomyContentItemId"]);
        var termId = (string)term["ContentItemId"]!;

        await AdminForms.PostAsync(client, Page, Page + "?handler=Add", [new("title", "Online spaces"), new("parentId", termId)]);
        await AdminForms.PostAsync(client, Page, Page + "?handler=Rename", [new("termId", termId), new("title", "Freedom of speech")]);
        await AdminForms.PostAsync(client, Page, Page + "?handler=Move", [new("termId", termId), new("delta", "-1")]);

        var terms = await TermsAsync();
        var renamed = terms[^2]!;
        Assert.Equal("Freedom of speech", (string?)renamed["TitlePart"]!["Title"]);
        Assert.Equal("Online spaces", (string?)renamed["Terms"]![0]!["TitlePart"]!["Title"]);
        Assert.Equal(added.Count, terms.Count);

        await AdminForms.PostAsync(client, Page, Page + "?handler=Delete", [new("termId", termId)]);
        Assert.Equal(added.Count - 1, (await TermsAsync()).Count);
        Assert.Equal(versionsBefore + 5, await VersionCountAsync());
        Assert.True((await LatestAsync()).Published);
    }

    [Fact]
    public async Task Anonymous_CannotOpenTheTerms()
    {
        using var client = _site.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Page)).StatusCode);
    }

    private async Task<JsonArray> TermsAsync() => (JsonArray)(await LatestAsync()).GetPart("TaxonomyPart")!["Terms"]!;

    private async Task<ContentItem> LatestAsync()
    {
        await using var session = await _site.Services.GetRequiredService<ContentStore>().Documents.OpenReadSessionAsync(CancellationToken.None);
        return (await session.GetContentItemAsync(TopicsId, VersionOptions.Latest, CancellationToken.None))!;
    }

    private async Task<int> VersionCountAsync()
    {
        await using var session = await _site.Services.GetRequiredService<ContentStore>().OpenSessionAsync(ContentActor.System, CancellationToken.None);
        return (await session.ListVersionsAsync(TopicsId, CancellationToken.None)).Count;
    }
}

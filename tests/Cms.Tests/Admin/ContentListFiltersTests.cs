using System.Net;
using System.Text.RegularExpressions;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>The content list's controls (type, status, owner, term, sort, page size) are GET parameters over the NGO's site.</summary>
public sealed partial class ContentListFiltersTests : IClassFixture<ContentListFiltersTests.Site>
{
    private const string UnitedNationsTerm = "97asx6kf70g8a57haskd4tfp4k";
    private readonly Site _site;

    public ContentListFiltersTests(Site site)
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

    private async Task<IReadOnlyList<string>> TitlesAsync(string query)
    {
        using var client = _site.Admin();
        var html = await client.GetStringAsync($"/admin/contents{query}");
        return RowTitle().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
    }

    [Fact]
    public async Task List_TermFilter_ListsOnlyItemsTaggedWithIt()
    {
        var titles = await TitlesAsync($"?term={UnitedNationsTerm}");

        Assert.StartsWith("Civil society call", Assert.Single(titles), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_TypeAndStatusFilters_CombineAsControls()
    {
        var titles = await TitlesAsync("?type=Letter&status=published");

        Assert.Equal(5, titles.Count); // three letters, one of them also in French and Spanish
        Assert.DoesNotContain(titles, t => t.StartsWith("ISHR", StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_OwnerFilter_ListsThatOwnersItemsOnly()
    {
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using (var session = await content.OpenSessionAsync(new ContentActor(CmsWebFactory.Users.OtherAuthorId, "other"), CancellationToken.None))
        {
            var item = session.New("Highlight");
            item.GetOrCreatePart("TitlePart")["Title"] = "Written by someone else";
            item.DisplayText = "Written by someone else";
            await session.CreateAsync(item, VersionOptions.Draft, CancellationToken.None);
            await session.SaveChangesAsync(CancellationToken.None);
        }

        var titles = await TitlesAsync($"?owner={CmsWebFactory.Users.OtherAuthorId}");

        Assert.Equal("Written by someone else", Assert.Single(titles));
    }

    [Fact]
    public async Task List_SortByTitleAscending_OrdersRowsAndMarksTheHeader()
    {
        using var client = _site.Admin();
        var html = await client.GetStringAsync("/admin/contents?type=Letter&sort=title&dir=asc");
        var titles = RowTitle().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);
        Assert.Contains("aria-sort=\"ascending\"><a href=\"/admin/contents?type=Letter&amp;sort=title&amp;dir=desc\">Title</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_PageSize_ShowsThatManyRowsAndKeepsFiltersInThePager()
    {
        using var client = _site.Admin();
        var html = await client.GetStringAsync("/admin/contents?type=Letter&size=10&sort=title&dir=asc");

        Assert.Equal(5, RowTitle().Count(html));
        Assert.Contains("<option value=\"10\" selected=\"selected\">10</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownPageSize_Is400NamingTheParameter()
    {
        using var client = _site.Admin();
        var response = await client.GetAsync("/admin/contents?size=7");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page size (size) &#x27;7&#x27;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SearchBoxExample_NamesATypeThatExists()
    {
        using var client = _site.Admin();
        var html = await client.GetStringAsync("/admin/contents");

        Assert.Matches(ExampleType(), html);
        Assert.DoesNotContain("type:Article", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_TypedStatusAfterControl_TypedTermWins()
    {
        var titles = await TitlesAsync("?status=draft&q=status%3Apublished&type=Letter");

        Assert.Equal(5, titles.Count);
    }

    [GeneratedRegex("<td class=\"title\">\\s*<a href=\"/admin/contents/[^/]+/edit\">([^<]+)</a>")]
    private static partial Regex RowTitle();

    [GeneratedRegex("placeholder=\"[^\"]*type:(Letter|Highlight|Analysis|Taxonomy)\"")]
    private static partial Regex ExampleType();
}

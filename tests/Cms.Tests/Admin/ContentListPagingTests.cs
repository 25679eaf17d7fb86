using System.Net;
using System.Text.RegularExpressions;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Admin;

/// <summary>The content list pages by keyset: Next and Previous walk every item once, in order, with the count kept.</summary>
public sealed partial class ContentListPagingTests : IClassFixture<ContentListPagingTests.Site>, IAsyncLifetime
{
    private readonly Site _site;

    public ContentListPagingTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Admin:PageSize", "3");
        }
    }

    public async Task InitializeAsync()
    {
        await _site.SeedAsync(TestDefinitions.Articles());
        var content = _site.Services.GetRequiredService<ContentStore>();
        await using var session = await content.OpenSessionAsync(ContentActor.System, CancellationToken.None);
        if (await session.Storage.CountAsync(new Cms.Core.Querying.ContentQuery { Status = Cms.Core.Querying.ContentStatus.Latest }, CancellationToken.None) > 0)
        {
            return;
        }

        foreach (var letter in "HGFEDCBA")
        {
            await session.CreateAsync(TestDefinitions.Article($"Item {letter}"), VersionOptions.Published, CancellationToken.None);
        }

        await session.SaveChangesAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task NextThenPrevious_WalksEveryItemOnceInTitleOrder()
    {
        using var client = _site.Admin();
        var page = await client.GetStringAsync("/admin/contents?q=sort%3Atitle");
        var seen = new List<string>(Titles(page));
        Assert.Contains("Page 1 of 3 · 8 item(s)", page, StringComparison.Ordinal);

        var pages = new List<string> { page };
        while (Link(page, "Next") is { } next)
        {
            Assert.Contains("after=", next, StringComparison.Ordinal);
            page = await client.GetStringAsync(next);
            pages.Add(page);
            seen.AddRange(Titles(page));
        }

        Assert.Equal(["Item A", "Item B", "Item C", "Item D", "Item E", "Item F", "Item G", "Item H"], seen);
        Assert.Equal("Page 3 of 3", Regex.Match(page, "Page [0-9]+ of [0-9]+").Value);

        var back = await client.GetStringAsync(Link(page, "Previous")!);
        Assert.Equal(Titles(pages[1]), Titles(back));
        Assert.Contains("Page 2 of 3", back, StringComparison.Ordinal);
        var first = await client.GetStringAsync(Link(back, "Previous")!);
        Assert.Equal(Titles(pages[0]), Titles(first));
        Assert.Null(Link(first, "Previous"));
    }

    private static List<string> Titles(string html) =>
        TitleCell().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private static string? Link(string html, string text) =>
        PagerLink().Matches(html).FirstOrDefault(m => m.Groups[2].Value == text) is { } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : null;

    [GeneratedRegex("""<a href="/admin/contents/[^/]+/edit">(Item [A-Z])</a>""")]
    private static partial Regex TitleCell();

    [GeneratedRegex("""<a class="btn btn-small" href="([^"]+)">(Next|Previous)</a>""")]
    private static partial Regex PagerLink();
}

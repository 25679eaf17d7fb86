using System.Net;
using Cms.Tests.Support;

namespace Cms.Tests.Admin;

/// <summary>The content list's search box and the picker's search refuse huge text with a 400 naming it.</summary>
public sealed class ContentSearchLimitTests : IClassFixture<ContentSearchLimitTests.Site>
{
    private readonly Site _site;

    public ContentSearchLimitTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public Task InitializeAsync() => SeedAsync(TestDefinitions.Articles());

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task ContentList_SearchOf40kCharacters_Is400WithTheLimit()
    {
        using var client = _site.Admin();

        var response = await client.GetAsync(new Uri($"/admin/contents?q={new string('x', 40_000)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The search (q) is 40,000 characters long; the limit is 1,000.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentList_SearchAtTheLimit_Lists()
    {
        using var client = _site.Admin();

        var response = await client.GetAsync(new Uri($"/admin/contents?q={new string('x', 1000)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Picker_SearchOf40kCharacters_Is400NamingQ()
    {
        using var client = _site.Admin();

        var response = await client.GetAsync(new Uri($"/admin/contents/picker?q={new string('x', 40_000)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The query parameter 'q' is 40,000 characters long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

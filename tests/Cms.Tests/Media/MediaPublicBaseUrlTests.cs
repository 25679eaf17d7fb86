using System.Net;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Cms.Tests.Media;

/// <summary>With <c>Cms:Media:PublicBaseUrl</c>, clients are pointed at the CDN; the node still serves /media itself.</summary>
public sealed class MediaPublicBaseUrlTests : IClassFixture<MediaPublicBaseUrlTests.Site>
{
    private const string Cdn = "https://cdn.example.org/media/";
    private readonly Site _site;

    public MediaPublicBaseUrlTests(Site site)
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
            builder.UseSetting("Cms:Media:PublicBaseUrl", Cdn);
        }
    }

    [Fact]
    public async Task MediaFieldUrl_PublicBaseUrlSet_StartsWithIt()
    {
        var url = await MediaSiteQueries.LetterImageUrlAsync(_site.Anonymous());

        Assert.Equal(Cdn + "ishr/placeholder.png", url);
    }

    [Fact]
    public async Task MediaAssets_PublicBaseUrlSet_PathsStartWithIt()
    {
        var asset = Assert.Single(await MediaSiteQueries.MediaAssetsAsync(_site.Admin(), "ishr"))!;

        Assert.Equal(Cdn + "ishr/placeholder.png", asset["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task NodeMedia_PublicBaseUrlSet_IsStillServed()
    {
        using var response = await _site.Anonymous().GetAsync(new Uri("/media/ishr/placeholder.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

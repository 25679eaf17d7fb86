using System.Net;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Cms.Tests.Media;

/// <summary>The configured guards of resizing: any size when allowed, and the cap on a source's pixels.</summary>
public sealed class ResizeLimitsTests : IClassFixture<ResizeLimitsTests.Site>
{
    private readonly Site _site;

    public ResizeLimitsTests(Site site)
    {
        _site = site;
        var path = Path.Combine(site.DataPath, "media", "photo.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, TestImages.Jpeg(800, 600));
    }

    public sealed class Site : CmsWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cms:Media:AllowAnyResize", "true");
            builder.UseSetting("Cms:Media:MaxSourcePixels", "400000");
        }
    }

    [Fact]
    public async Task Resize_SourceAboveThePixelCap_Is400NamingTheFile()
    {
        using var client = _site.Anonymous();
        var response = await client.GetAsync("/media/photo.jpg?width=333");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'photo.jpg' is 800 × 600 pixels; images above 400,000 pixels are not resized.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resize_NotAnImage_Is400NamingTheFile()
    {
        File.WriteAllText(Path.Combine(_site.DataPath, "media", "fake.png"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        using var client = _site.Anonymous();
        var response = await client.GetAsync("/media/fake.png?width=333");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("fake.png", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using System.Net;
using Cms.Tests.Support;

namespace Cms.Tests.Hosting;

/// <summary>nosniff, no framing and a Referrer-Policy on every response, not only the admin's.</summary>
public sealed class SecurityHeadersTests : IClassFixture<SecurityHeadersTests.Site>
{
    private readonly Site _site;

    public SecurityHeadersTests(Site site)
    {
        _site = site;
    }

    public sealed class Site : CmsWebFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await SeedAsync(TestDefinitions.Articles());
            Directory.CreateDirectory(Path.Combine(DataPath, "media"));
            await File.WriteAllTextAsync(Path.Combine(DataPath, "media", "note.pdf"), "hello");
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Theory]
    [InlineData("/admin/login")]
    [InlineData("/preview/4nothing000000000000000000")]
    [InlineData("/")]
    [InlineData("/media/note.pdf")]
    [InlineData("/api/graphql?query={article{displayText}}")]
    public async Task Response_AnyPath_CarriesTheSecurityHeaders(string path)
    {
        using var response = await _site.Admin().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["DENY"], response.Headers.GetValues("X-Frame-Options"));
        Assert.Equal(["strict-origin-when-cross-origin"], response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task Preview_AnonymousRedirectAndMediaFile_CarryTheHeaders()
    {
        using var anonymous = await _site.Anonymous().GetAsync(new Uri("/preview/4nothing000000000000000000", UriKind.Relative));
        using var media = await _site.Anonymous().GetAsync(new Uri("/media/note.pdf", UriKind.Relative));

        Assert.Equal(["DENY"], anonymous.Headers.GetValues("X-Frame-Options"));
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal(["nosniff"], media.Headers.GetValues("X-Content-Type-Options"));
    }
}

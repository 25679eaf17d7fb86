using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cms.Core.Media;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Media;

/// <summary>/media through the media store: ETag and Last-Modified, 304 for a copy the client has, 206 for a byte range.</summary>
public sealed class MediaFileServingTests : IClassFixture<CmsWebFactory>
{
    private const string Text = "0123456789abcdefghij";
    private readonly CmsWebFactory _site;

    public MediaFileServingTests(CmsWebFactory site)
    {
        _site = site;
        WriteAsync("docs/note.pdf", Text).GetAwaiter().GetResult();
        WriteAsync("run.exe", "MZ").GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Get_AllowedFile_ServesItWithTypeETagLastModifiedAndTheSandbox()
    {
        using var response = await _site.Anonymous().GetAsync(new Uri("/media/docs/note.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Text, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Equal(["bytes"], response.Headers.AcceptRanges);
        Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task Get_IfNoneMatchTheETag_Is304WithoutBody()
    {
        var client = _site.Anonymous();
        using var first = await client.GetAsync(new Uri("/media/docs/note.pdf", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/media/docs/note.pdf");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task Get_IfModifiedSinceTheLastWrite_Is304()
    {
        var client = _site.Anonymous();
        using var first = await client.GetAsync(new Uri("/media/docs/note.pdf", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/media/docs/note.pdf");
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Theory]
    [InlineData("bytes=2-5", "2345", "bytes 2-5/20")]
    [InlineData("bytes=15-", "fghij", "bytes 15-19/20")]
    [InlineData("bytes=-3", "hij", "bytes 17-19/20")]
    [InlineData("bytes=18-400", "ij", "bytes 18-19/20")]
    public async Task Get_OneRange_Is206WithThoseBytes(string range, string expected, string contentRange)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/media/docs/note.pdf");
        request.Headers.TryAddWithoutValidation("Range", range);

        using var response = await _site.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        Assert.Equal(contentRange, response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Get_RangeBeyondTheEnd_Is416NamingTheLength()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/media/docs/note.pdf");
        request.Headers.Range = new RangeHeaderValue(100, 200);

        using var response = await _site.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal("bytes */20", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Get_RangeWithStaleIfRange_IsTheWholeFile()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/media/docs/note.pdf");
        request.Headers.Range = new RangeHeaderValue(2, 5);
        request.Headers.IfRange = new RangeConditionHeaderValue(new EntityTagHeaderValue("\"an-older-version\""));

        using var response = await _site.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Text, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/media/run.exe")]
    [InlineData("/media/docs/missing.pdf")]
    [InlineData("/media/../data.db")]
    [InlineData("/media/docs/..%2F..%2Fcms.db")]
    public async Task Get_DisallowedMissingOrOutside_Is404(string path)
    {
        using var response = await _site.Anonymous().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Head_AllowedFile_GivesLengthWithoutBody()
    {
        using var response = await _site.Anonymous().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/media/docs/note.pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(20, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task WriteAsync(string path, string text)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        await _site.Services.GetRequiredService<MediaStore>().Storage.WriteAsync(path, content, CancellationToken.None);
    }
}

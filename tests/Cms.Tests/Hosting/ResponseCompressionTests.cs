using System.IO.Compression;
using System.Net;
using System.Text;
using Cms.Core.ContentModel;
using Cms.Tests.GraphQL;

namespace Cms.Tests.Hosting;

/// <summary>Brotli and gzip on anonymous reads, as a browser or CDN asks for them; none where credentials ride along.</summary>
public sealed class ResponseCompressionTests : IAsyncLifetime
{
    private const string Url = "/api/graphql?query={blog{displayText}}";
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.CreateAsync(GraphQLTestDefinitions.Site());
        await _host.SaveRolesAsync(GraphQLTestHost.Role("Anonymous", "ExecuteGraphQL", "ViewContent"));
        for (var i = 0; i < 20; i++)
        {
            await _host.CreateAsync(new ContentItem { ContentType = "Blog", DisplayText = $"A blog about letters number {i}" });
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip;q=1, br;q=0.5", "gzip")]
    public async Task Get_AcceptingAnEncoding_IsCompressedAndDecompressesToThePlainBody(string accept, string expected)
    {
        var plain = await SendAsync(Url);

        var compressed = await SendAsync(Url, ("Accept-Encoding", accept));

        Assert.Equal(expected, Assert.Single(compressed.ContentEncoding));
        Assert.Contains("Accept-Encoding", compressed.Vary);
        Assert.True(compressed.Body.Length < plain.Body.Length, $"{compressed.Body.Length} bytes compressed, {plain.Body.Length} plain");
        Assert.Equal(Encoding.UTF8.GetString(plain.Body), Decompress(expected, compressed.Body));
        Assert.Contains("A blog about letters number 19", Decompress(expected, compressed.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithoutAcceptEncoding_IsNotCompressed()
    {
        var response = await SendAsync(Url);

        Assert.Empty(response.ContentEncoding);
        Assert.Contains("A blog about letters number 19", Encoding.UTF8.GetString(response.Body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cookie", "theme=dark")]
    [InlineData("Authorization", "Bearer some-key")]
    public async Task Get_CarryingCredentials_IsNotCompressed(string header, string value)
    {
        var response = await SendAsync(Url, ("Accept-Encoding", "br, gzip"), (header, value));

        Assert.Empty(response.ContentEncoding);
    }

    [Fact]
    public async Task Get_WithTheETagOfACompressedAnswer_Gets304()
    {
        var first = await SendAsync(Url, ("Accept-Encoding", "br, gzip"));
        Assert.NotNull(first.ETag);

        var again = await SendAsync(Url, ("Accept-Encoding", "br, gzip"), ("If-None-Match", first.ETag));

        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Empty(again.Body);
    }

    private async Task<(HttpStatusCode Status, byte[] Body, ICollection<string> ContentEncoding, ICollection<string> Vary, string? ETag)> SendAsync(
        string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _host.Client.SendAsync(request);
        var vary = response.Headers.Vary.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)).ToList();
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding, vary,
            response.Headers.ETag?.Tag);
    }

    private static string Decompress(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decompressor = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressor, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

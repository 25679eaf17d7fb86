using System.IO.Compression;
using System.Net;
using System.Text;

namespace Cms.Benchmarks.Load;

/// <summary>
/// The bytes one answer takes on the wire as sent plain, with Brotli and with gzip: what a client asking for each
/// encoding receives. Each compressed body is decompressed and compared with the plain one, so a size never stands for
/// a wrong answer.
/// </summary>
internal sealed record CompressedSizes(long Plain, long Brotli, long Gzip)
{
    public static async Task<CompressedSizes> MeasureAsync(string url, LoadRequest request, string name)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });
        var plain = await BodyAsync(client, url, request, encoding: null, name);
        var brotli = await BodyAsync(client, url, request, "br", name);
        var gzip = await BodyAsync(client, url, request, "gzip", name);
        foreach (var (encoding, body) in new[] { ("br", brotli), ("gzip", gzip) })
        {
            if (!Decompress(encoding, body).AsSpan().SequenceEqual(plain))
            {
                throw new BenchmarkException($"{name}: the {encoding} answer does not decompress to the plain one.");
            }
        }

        return new CompressedSizes(plain.Length, brotli.Length, gzip.Length);
    }

    private static async Task<byte[]> BodyAsync(HttpClient client, string url, LoadRequest request, string? encoding, string name)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(url + request.PathAndQuery));
        foreach (var (header, value) in request.Headers.Where(h => h.Key != "Content-Type"))
        {
            message.Headers.TryAddWithoutValidation(header, value);
        }

        if (encoding is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(message);
        var sent = string.Join(',', response.Content.Headers.ContentEncoding);
        if (!response.IsSuccessStatusCode || sent != (encoding ?? ""))
        {
            throw new BenchmarkException($"{name}: asked for '{encoding ?? "identity"}', got status {(int)response.StatusCode} encoded '{sent}'.");
        }

        return await response.Content.ReadAsByteArrayAsync();
    }

    private static byte[] Decompress(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decompressor = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }
}

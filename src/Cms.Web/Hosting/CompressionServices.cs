using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Cms.Web.Hosting;

/// <summary>
/// Brotli, then gzip, for the text the site sends (GraphQL and REST JSON, the SDL, HTML, scripts, styles, SVG), over
/// HTTPS too; never for a request that carries a cookie or an Authorization header unless the body is a static asset
/// (see <see cref="CredentialAwareCompressionProvider"/> for why).
/// </summary>
public static class CompressionServices
{
    private static readonly string[] MimeTypes =
    [
        "application/json", "application/graphql-response+json", "application/problem+json", "text/plain",
        "text/html", "text/javascript", "application/javascript", "text/css", "image/svg+xml",
    ];

    public static IServiceCollection AddCmsCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = MimeTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Measured on the NGO site's Q2 (a 2.6 KB letter with its HTML): Brotli quality 11 takes ~9 ms, more than the query
        // itself; quality 1 (Fastest) ~0.05 ms for 52% of the bytes, quality 4 ~0.15 ms for 46%. gzip's Fastest keeps 68%,
        // its Optimal 48% for ~0.04 ms more, so gzip gets Optimal. tests/Cms.Benchmarks prints the bytes for Q1 and Q2.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.AddSingleton<IResponseCompressionProvider, CredentialAwareCompressionProvider>();
        return services;
    }
}

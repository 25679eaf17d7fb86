using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Cms.Web.Compression;

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
        // Fastest: Brotli's default (quality 11) costs milliseconds per response, more than the query; quality 1 already
        // beats gzip on our JSON (tests/Cms.Benchmarks prints the bytes for Q1 and Q2).
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, CredentialAwareCompressionProvider>();
        return services;
    }
}

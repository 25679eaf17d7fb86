using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>
/// Compresses only what BREACH cannot read through. The attack needs a secret and attacker-chosen text in one compressed
/// body, and a victim's browser sending many requests with its credentials. Anonymous answers hold no secret (anything
/// in them is public), so they are compressed; answers to a request with a cookie or an Authorization header may hold
/// drafts or an antiforgery token beside reflected input (a search term, a GraphQL variable echoed in an error), so
/// they are not, unless the body is a static asset (scripts, styles, SVG), which reflects nothing.
/// </summary>
internal sealed class CredentialAwareCompressionProvider : ResponseCompressionProvider
{
    private static readonly string[] StaticAssetTypes = ["text/javascript", "application/javascript", "text/css", "image/svg+xml"];

    public CredentialAwareCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : base(services, options)
    {
    }

    public override bool ShouldCompressResponse(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return base.ShouldCompressResponse(context) && (IsStaticAsset(context.Response.ContentType) || !CarriesCredentials(context.Request));
    }

    private static bool CarriesCredentials(HttpRequest request) =>
        request.Headers.Cookie.Count > 0 || request.Headers.Authorization.Count > 0;

    private static bool IsStaticAsset(string? contentType) =>
        contentType is not null && StaticAssetTypes.Any(type => contentType.StartsWith(type, StringComparison.OrdinalIgnoreCase));
}

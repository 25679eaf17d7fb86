namespace Cms.Web.Hosting;

/// <summary>
/// The headers every response carries, whatever produced it (admin, preview, API, media, error pages):
/// no MIME sniffing, no framing by other sites, no Referer sent to other origins.
/// </summary>
public static class SecurityHeaders
{
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Set when the response starts, so error pages written after the exception handler cleared the headers keep them.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = ReferrerPolicy;
            return Task.CompletedTask;
        }, context);
        await next(context);
    });
}

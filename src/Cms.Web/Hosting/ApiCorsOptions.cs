namespace Cms.Web.Hosting;

/// <summary>
/// The <c>Cms:Cors</c> section: which browser origins may call <c>/api/graphql</c>. Empty (the default) turns CORS off:
/// no <c>Access-Control-*</c> headers, and preflights answer 405 as before.
/// </summary>
public sealed class ApiCorsOptions
{
    public const string SectionName = "Cms:Cors";

    /// <summary>The one entry that allows every origin, anonymously (no credentials).</summary>
    public const string AnyOrigin = "*";

    /// <summary>
    /// Origins as browsers send them (<c>https://app.example.org</c>, <c>http://localhost:3000</c>): scheme, host and
    /// port only. Listed origins may send the sign-in cookie. <c>*</c> alone allows every origin without credentials,
    /// for public read-only front ends.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>How long browsers may reuse a preflight's answer. Default 10 minutes (Chromium's ceiling is 2 hours).</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    public bool IsEnabled => AllowedOrigins.Count > 0;

    public bool AllowsAnyOrigin => AllowedOrigins is [AnyOrigin];
}

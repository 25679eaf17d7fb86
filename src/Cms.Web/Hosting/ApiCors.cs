using System.Security.Claims;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Hosting;

/// <summary>
/// CORS for <c>/api/graphql</c> (the front ends' API; the REST content API is for server-side tools and stays
/// same-origin): GET and POST, the headers GraphQL clients send, ETag readable. Listed origins may send the sign-in
/// cookie; with <c>*</c> nobody may, and on a cross-origin request a cookie never signs the caller in.
/// </summary>
public static class ApiCors
{
    public const string PolicyName = "Cms.Api";

    private const string Path = "/api/graphql";

    /// <summary>
    /// What fetch and Apollo Client send: the request's type, an API key, a revalidation, Apollo's client awareness
    /// and its CSRF-prevention headers (persisted queries travel in the body or query string, with no header of their own).
    /// </summary>
    private static readonly string[] AllowedHeaders =
    [
        HeaderNames.ContentType, HeaderNames.Authorization, HeaderNames.IfNoneMatch,
        "apollographql-client-name", "apollographql-client-version", "x-apollo-operation-name", "apollo-require-preflight",
    ];

    public static IServiceCollection AddCmsCors(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ApiCorsOptions.SectionName);
        services.AddOptions<ApiCorsOptions>().Bind(section)
            // A single value ("*" or "https://a.org,https://b.org") binds to no list entry; read it as a comma-separated list.
            .Configure(options => options.AllowedOrigins.AddRange(
                section[nameof(ApiCorsOptions.AllowedOrigins)]?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiCorsOptions>, ApiCorsOptionsValidation>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ApiCorsOptions>>((cors, api) => cors.AddPolicy(PolicyName, Policy(api.Value)));
        return services;
    }

    /// <summary>Between authentication and authorization: preflights are answered before any permission check.</summary>
    public static WebApplication UseCmsCors(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ApiCorsOptions>>().Value;
        if (options.IsEnabled)
        {
            app.UseWhen(context => context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase), branch => branch
                .UseCors(PolicyName)
                .Use((context, next) =>
                {
                    if (SignedInByCookieFromAnotherOrigin(context, options))
                    {
                        context.User = new ClaimsPrincipal(new ClaimsIdentity());
                    }

                    return next(context);
                }));
        }

        return app;
    }

    private static CorsPolicy Policy(ApiCorsOptions options)
    {
        var policy = new CorsPolicyBuilder()
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders(AllowedHeaders)
            .WithExposedHeaders(HeaderNames.ETag)
            .SetPreflightMaxAge(options.PreflightMaxAge);
        return (options.AllowsAnyOrigin ? policy.AllowAnyOrigin() : policy.WithOrigins([.. options.AllowedOrigins]).AllowCredentials()).Build();
    }

    /// <summary>
    /// A browser attaches cookies to requests other sites' pages make; an Authorization header only when a script sets it.
    /// So from an origin not listed for credentials (every origin, with <c>*</c>) only an Authorization header signs in.
    /// </summary>
    private static bool SignedInByCookieFromAnotherOrigin(HttpContext context, ApiCorsOptions options)
    {
        var request = context.Request;
        if (context.User.Identity?.IsAuthenticated != true || request.Headers.Authorization.Count > 0
            || request.Headers.Origin is not [{ Length: > 0 } origin])
        {
            return false;
        }

        var sameOrigin = request.Headers["Sec-Fetch-Site"] is [{ } site]
            ? site == "same-origin"
            : string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
        return !sameOrigin && (options.AllowsAnyOrigin || !options.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase));
    }
}

using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Web.Preview;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>
/// Authentication (the admin's sign-in cookie, and API keys as bearer credentials on /api), the authorization
/// service and the security store.
/// </summary>
public static class SecurityServices
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public const string ApiKeyScheme = "ApiKey";

    public const string PreviewTokenScheme = "PreviewToken";

    /// <summary>The default scheme: an API key when /api is called with <c>Authorization: Bearer</c>, else the cookie.</summary>
    public const string CallerScheme = "Caller";

    public static IServiceCollection AddCmsAuthentication(this IServiceCollection services)
    {
        services.AddCmsSecurity();
        services.AddSingleton<SecurityStore>();
        services.AddOptions<PasswordPolicyOptions>().BindConfiguration(PasswordPolicyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new PasswordPolicy(sp.GetRequiredService<IOptions<PasswordPolicyOptions>>().Value));
        services.AddSingleton(sp => new UserSignIn(sp.GetRequiredService<DocumentStore>(), sp.GetRequiredService<UserPasswords>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<PasswordPolicy>(), sp.GetRequiredService<IOptions<SignInOptions>>().Value));
        services.AddSingleton<ApiKeyStore>();
        services.AddOptions<PreviewTokenOptions>().BindConfiguration(PreviewTokenOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PreviewTokens>();
        services.AddAuthentication(CallerScheme)
            .AddPolicyScheme(CallerScheme, "Sign-in cookie, API key or preview token", options => options.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyScheme, null)
            .AddScheme<AuthenticationSchemeOptions, PreviewTokenAuthenticationHandler>(PreviewTokenScheme, null)
            .AddCookie(CookieScheme, options =>
        {
            options.Cookie.Name = "cms.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/admin/login";
            options.LogoutPath = "/admin/logout";
            options.AccessDeniedPath = "/admin/denied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnValidatePrincipal = SignedInUserRefresh.ValidatePrincipalAsync;
            // API callers get status codes, not redirects to the sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// Authentication, then a refusal (401) of any /api request whose bearer key or preview token failed: a caller
    /// that sent one meant to act with it, and must learn it is dead rather than be served as anonymous.
    /// </summary>
    public static IApplicationBuilder UseCmsAuthentication(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) &&
                ApiKeyAuthenticationHandler.HasBearer(context.Request) && context.User.Identity?.IsAuthenticated != true)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                await (PreviewTokens.IsPreviewToken(BearerCredential.Read(context.Request)!)
                    ? TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The preview token was refused",
                        detail: "The preview token in the Authorization header is malformed or expired, or its editor was signed out: " +
                            "open Preview in site again.")
                    : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The API key was refused",
                        detail: "The bearer key in the Authorization header is unknown, revoked or expired.")).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
    }

    /// <summary>API keys and preview tokens are for the API only: the admin and previews stay behind the sign-in cookie.</summary>
    private static string SelectScheme(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ||
            BearerCredential.Read(context.Request) is not { } credential)
        {
            return CookieScheme;
        }

        return PreviewTokens.IsPreviewToken(credential) ? PreviewTokenScheme : ApiKeyScheme;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

using Cms.Core.Security;
using Cms.Core.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>Authentication (the admin's sign-in cookie), the authorization service and the security store.</summary>
public static class SecurityServices
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static IServiceCollection AddCmsAuthentication(this IServiceCollection services, DataFolder dataFolder)
    {
        services.AddCmsSecurity();
        services.AddSingleton<SecurityStore>();
        services.AddOptions<PasswordPolicyOptions>().BindConfiguration(PasswordPolicyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new PasswordPolicy(sp.GetRequiredService<IOptions<PasswordPolicyOptions>>().Value));
        services.AddSingleton(sp => new UserSignIn(sp.GetRequiredService<DocumentStore>(), sp.GetRequiredService<UserPasswords>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<PasswordPolicy>(), sp.GetRequiredService<IOptions<SignInOptions>>().Value));
        services.AddDataProtection().SetApplicationName("Cms").PersistKeysToFileSystem(new DirectoryInfo(dataFolder.KeysPath));
        services.AddAuthentication(CookieScheme).AddCookie(CookieScheme, options =>
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

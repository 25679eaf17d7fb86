using Cms.Core.Security;
using Cms.Web.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Cms.Web.Admin;

/// <summary>The admin: Razor Pages under /admin and the theme's assets under /admin/assets.</summary>
public static class AdminServices
{
    public static IServiceCollection AddCmsAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<AdminCaller>();
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Admin/Pages";
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/Denied");
        }).AddMvcOptions(options => options.Filters.Add<AdminAccessFilter>());
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "cms.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "X-CSRF-TOKEN";
        });
        return services;
    }

    public static WebApplication MapCmsAdmin(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<AdminOptions>>().Value;
        var theme = AdminTheme.Locate(options.ThemePath, app.Environment.ContentRootPath);
        if (theme is not null)
        {
            app.UseStaticFiles(new StaticFileOptions { RequestPath = "/admin/assets", FileProvider = new PhysicalFileProvider(theme) });
        }
        else
        {
            app.Logger.LogWarning("The admin theme was not found; build themes/TheAdmin (dotnet build runs npm) or set Cms:Admin:ThemePath.");
        }

        app.MapRazorPages();
        return app;
    }
}

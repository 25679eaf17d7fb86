using Cms.Web.Preview;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>The preview theme and the public media files it (and front ends) link to.</summary>
public static class PreviewServices
{
    public static IServiceCollection AddCmsPreview(this IServiceCollection services) =>
        services.AddSingleton(sp => new PreviewTheme(AppPaths.Resolve(
            sp.GetRequiredService<IOptions<CmsOptions>>().Value.PreviewTheme, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));

    /// <summary>Serves the media library's files at <c>/media/...</c>.</summary>
    public static IApplicationBuilder UseCmsMedia(this WebApplication app)
    {
        var media = app.Services.GetRequiredService<DataFolder>().MediaPath;
        Directory.CreateDirectory(media);
        return app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(media), RequestPath = "/media" });
    }
}

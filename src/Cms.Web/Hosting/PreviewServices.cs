using Cms.Web.Preview;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>The preview theme (its pages link media at /media, which the admin serves).</summary>
public static class PreviewServices
{
    public static IServiceCollection AddCmsPreview(this IServiceCollection services) =>
        services.AddSingleton(sp => new PreviewTheme(AppPaths.Resolve(
            sp.GetRequiredService<IOptions<CmsOptions>>().Value.PreviewTheme, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
}

using Cms.Core.Trash;

namespace Cms.Web.Hosting;

/// <summary>The trash's retention (<c>Cms:Trash</c>) and the background purge of items kept past it.</summary>
public static class TrashServices
{
    public static IServiceCollection AddCmsTrash(this IServiceCollection services)
    {
        services.AddOptions<TrashOptions>().BindConfiguration(TrashOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TrashPurgeService>();
        services.AddHostedService(sp => sp.GetRequiredService<TrashPurgeService>());
        return services;
    }
}

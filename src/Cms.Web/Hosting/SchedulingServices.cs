using Cms.Core.Content;
using Cms.Core.Scheduling;
using Cms.Core.Storage;

namespace Cms.Web.Hosting;

/// <summary>Periodic tasks' lease (one node runs each at a time) and scheduled publishing and archiving.</summary>
public static class SchedulingServices
{
    public static IServiceCollection AddCmsScheduling(this IServiceCollection services)
    {
        services.AddSingleton(sp => new PeriodicTaskLock(
            sp.GetRequiredService<DocumentStore>(), sp.GetRequiredService<TimeProvider>(), PeriodicTaskLock.NewOwner()));
        services.AddSingleton(sp => new ContentScheduler(
            sp.GetRequiredService<ContentStore>(), sp.GetRequiredService<PeriodicTaskLock>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ScheduledPublishingService>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublishingService>());
        return services;
    }
}

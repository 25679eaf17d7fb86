using Cms.Core.Cluster;
using Cms.Core.Storage;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Cms.Web.Cluster;

/// <summary>
/// What lets several nodes share one store: change notices (Redis, or polling the store), cluster locks (Redis, or the
/// store's <c>Locks</c> table) and data-protection keys in the store.
/// </summary>
public static class ClusterServices
{
    public static IServiceCollection AddCmsCluster(this IServiceCollection services, DataFolder dataFolder)
    {
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName).ValidateOnStart();
        services.AddOptions<SyncOptions>().BindConfiguration(SyncOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton(sp => new StoreClusterLock(sp.GetRequiredService<DocumentStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IClusterLock>(sp => sp.GetRequiredService<IOptions<RedisOptions>>().Value.IsConfigured
            ? new RedisClusterLock(sp.GetRequiredService<RedisConnection>(), sp.GetRequiredService<StoreClusterLock>())
            : sp.GetRequiredService<StoreClusterLock>());
        services.AddSingleton<ChangeNotices>();
        services.AddHostedService(sp => sp.GetRequiredService<ChangeNotices>());
        services.AddDataProtection().SetApplicationName("Cms");
        services.AddOptions<KeyManagementOptions>().Configure<DocumentStore>((options, store) =>
            options.XmlRepository = new StoreXmlRepository(store, dataFolder.KeysPath));
        return services;
    }
}

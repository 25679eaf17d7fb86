using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Storage;
using Microsoft.Extensions.Options;

namespace Cms.Web.Hosting;

/// <summary>Registers the store, the definition cache and the content store.</summary>
public static class StorageServices
{
    public static IServiceCollection AddCmsStorage(this IServiceCollection services, IConfiguration configuration, DataFolder dataFolder)
    {
        services.AddOptions<CmsOptions>().Bind(configuration.GetSection(CmsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(dataFolder);
        services.AddSingleton<ISqlDialect>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CmsOptions>>().Value;
            return StoreDialects.Create(options.Database, sp.GetRequiredService<DataFolder>().DatabaseFile, options.BusyTimeoutMilliseconds);
        });
        services.AddSingleton(sp => new DocumentStore(sp.GetRequiredService<ISqlDialect>(),
            new ContentItemCache(sp.GetRequiredService<IOptions<CmsOptions>>().Value.ContentItemCacheMegabytes * 1024L * 1024))
        {
            Clock = sp.GetRequiredService<TimeProvider>(),
        });
        services.AddSingleton(sp => new ContentDefinitionStore(
            sp.GetRequiredService<DocumentStore>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<CmsOptions>>().Value.DefinitionCacheCheckInterval));
        services.AddSingleton(ContentKindCatalog.Default);
        services.AddSingleton<ContentStore>();
        services.AddSingleton<ContentSearchRebuild>();
        return services;
    }
}

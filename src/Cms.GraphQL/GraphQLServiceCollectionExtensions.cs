using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Http;
using Cms.GraphQL.Limits;
using Cms.GraphQL.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cms.GraphQL;

/// <summary>The GraphQL feature's one registration call (the host also calls <see cref="GraphQLEndpoints.MapCmsGraphQL"/>).</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers the schema provider, executor and HTTP handler as singletons (the schema is immutable between swaps),
    /// with <c>Cms:GraphQL</c> bound and validated on start. Needs the document store and definition cache registered.
    /// </summary>
    public static IServiceCollection AddCmsGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLOptions>().Bind(configuration.GetSection(GraphQLOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<CmsAuthorizationService>();
        services.TryAddSingleton<SecurityStore>();
        services.AddSingleton(sp => new ContentSchemaBuilder(sp.GetRequiredService<IOptions<GraphQLOptions>>().Value,
            sp.GetService<Microsoft.Extensions.Logging.ILogger<ContentSchemaBuilder>>()));
        services.AddSingleton<ContentSchemaProvider>();
        services.AddSingleton<GraphQLExecutor>();
        services.TryAddSingleton<PersistedQueryStore>();
        services.AddSingleton(sp => new PersistedDocuments(sp.GetRequiredService<PersistedQueryStore>(), sp.GetRequiredService<IOptions<GraphQLOptions>>().Value));
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}

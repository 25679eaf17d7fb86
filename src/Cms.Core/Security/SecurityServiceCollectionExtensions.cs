using Microsoft.Extensions.DependencyInjection;

namespace Cms.Core.Security;

/// <summary>The security feature's one registration call.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Registers the authorization service and the password hasher as singletons: both are immutable between
    /// snapshot swaps. Feeding the service the stored roles and definitions (<see cref="CmsAuthorizationService.Update"/>)
    /// is the storage layer's job.
    /// </summary>
    public static IServiceCollection AddCmsSecurity(this IServiceCollection services)
    {
        services.AddSingleton<CmsAuthorizationService>();
        services.AddSingleton<UserPasswords>();
        return services;
    }
}

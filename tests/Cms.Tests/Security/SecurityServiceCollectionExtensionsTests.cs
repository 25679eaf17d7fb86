using Cms.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Security;

public sealed class SecurityServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCmsSecurity_Resolve_GivesOneSharedAuthorizationServiceAndHasher()
    {
        using var provider = new ServiceCollection().AddCmsSecurity().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<CmsAuthorizationService>(), provider.GetRequiredService<CmsAuthorizationService>());
        Assert.NotNull(provider.GetRequiredService<UserPasswords>());
    }
}

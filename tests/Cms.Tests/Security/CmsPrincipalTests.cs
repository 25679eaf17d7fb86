using Cms.Core.Security;

namespace Cms.Tests.Security;

public sealed class CmsPrincipalTests
{
    [Fact]
    public void Anonymous_Always_HasOnlyAnonymousRoleAndNoUser()
    {
        Assert.Equal([SystemRoles.Anonymous], CmsPrincipal.Anonymous.RoleNames);
        Assert.Null(CmsPrincipal.Anonymous.UserId);
        Assert.False(CmsPrincipal.Anonymous.IsAuthenticated);
    }

    [Fact]
    public void ForUser_AssignedRoles_AddsAuthenticated()
    {
        var user = new UserRecord { UserId = SecurityScenario.AliceId, UserName = "alice", RoleNames = ["Editor"] };

        var principal = CmsPrincipal.ForUser(user);

        Assert.Equal(["Editor", SystemRoles.Authenticated], principal.RoleNames);
        Assert.True(principal.IsAuthenticated);
        Assert.Equal("alice", principal.UserName);
    }

    [Fact]
    public void ForApiKey_FromItsClaims_IsInItsRoleOnlyAndOwnsNothing()
    {
        var key = new ApiKeyRecord { KeyId = "0123456789abcdef", Name = "website", RoleName = "Editor" };
        var claims = new System.Security.Claims.ClaimsPrincipal(CmsClaims.ToIdentity(key, "ApiKey"));

        var principal = CmsClaims.ToPrincipal(claims);

        Assert.Equal(["Editor"], principal.RoleNames);
        Assert.True(principal.IsAuthenticated);
        Assert.Equal("0123456789abcdef", principal.ApiKeyId);
        Assert.Null(principal.UserId);
        Assert.False(principal.Owns(null));
        Assert.False(principal.Owns("0123456789abcdef"));
    }

    [Fact]
    public void ForUser_StrayAnonymousAndDuplicateRoles_AreDropped()
    {
        var principal = CmsPrincipal.ForUser(SecurityScenario.AliceId, "alice", ["Editor", "editor", "Anonymous", "authenticated"]);

        Assert.Equal(["Editor", "authenticated"], principal.RoleNames);
    }

    [Fact]
    public void Owns_SameId_True()
    {
        Assert.True(SecurityScenario.Alice().Owns(SecurityScenario.AliceId));
        Assert.False(SecurityScenario.Alice().Owns(SecurityScenario.BobId));
        Assert.False(CmsPrincipal.Anonymous.Owns(null));
    }
}

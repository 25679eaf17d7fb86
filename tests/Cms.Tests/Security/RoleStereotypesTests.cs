using Cms.Core.Security;

namespace Cms.Tests.Security;

public sealed class RoleStereotypesTests
{
    [Theory]
    [InlineData("Editor", "PublishContent,EditContent,DeleteContent,PreviewContent,CloneContent,ListContent")]
    [InlineData("Author", "PublishOwnContent,EditOwnContent,DeleteOwnContent,PreviewOwnContent,CloneOwnContent")]
    [InlineData("Contributor", "EditOwnContent,PreviewOwnContent,CloneOwnContent")]
    [InlineData("Authenticated", "ViewContent")]
    [InlineData("Anonymous", "ViewContent,ViewMediaContent")]
    public void DefaultPermissions_KnownRole_GivesStereotype(string role, string expected)
    {
        Assert.Equal(
            expected.Split(',').Order(StringComparer.Ordinal),
            RoleStereotypes.DefaultPermissions(role).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DefaultPermissions_Administrator_GivesEveryGlobalPermission()
    {
        Assert.Equal(PermissionCatalog.Global.Select(p => p.Name), RoleStereotypes.DefaultPermissions("Administrator"));
    }

    [Fact]
    public void DefaultPermissions_OtherRole_IsEmpty()
    {
        Assert.Empty(RoleStereotypes.DefaultPermissions("Journalist"));
    }

    [Fact]
    public void DefaultPermissions_NameCaseAndSpacesDiffer_StillMatches()
    {
        Assert.Contains("EditContent", RoleStereotypes.DefaultPermissions(" editor "));
    }
}

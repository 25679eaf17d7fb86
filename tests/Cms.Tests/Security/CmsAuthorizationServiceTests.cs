using Cms.Core.Security;
using static Cms.Tests.Security.SecurityScenario;

namespace Cms.Tests.Security;

public sealed partial class CmsAuthorizationServiceTests
{
    private static readonly string[] GlobalContent =
    [
        "PublishContent", "PublishOwnContent", "EditContent", "EditOwnContent", "DeleteContent", "DeleteOwnContent",
        "ViewContent", "ViewOwnContent", "PreviewContent", "PreviewOwnContent", "CloneContent", "CloneOwnContent",
        "ListContent", "EditContentOwner", "AccessContentApi",
    ];

    private static readonly string[] ArticleContent =
    [
        "Publish_Article", "PublishOwn_Article", "Edit_Article", "EditOwn_Article", "Delete_Article", "DeleteOwn_Article",
        "View_Article", "ViewOwn_Article", "Preview_Article", "PreviewOwn_Article", "Clone_Article", "CloneOwn_Article",
        "ListContent_Article", "EditContentOwner_Article",
    ];

    // Each row: the one permission a role is granted, and every global content permission that grants (transitively).
    [Theory]
    [InlineData("PublishContent", "PublishContent,PublishOwnContent,EditContent,EditOwnContent,ViewContent,ViewOwnContent,PreviewContent,PreviewOwnContent,CloneContent,CloneOwnContent")]
    [InlineData("PublishOwnContent", "PublishOwnContent,EditOwnContent")]
    [InlineData("EditContent", "EditContent,EditOwnContent,ViewContent,ViewOwnContent,PreviewContent,PreviewOwnContent,CloneContent,CloneOwnContent")]
    [InlineData("EditOwnContent", "EditOwnContent")]
    [InlineData("DeleteContent", "DeleteContent,DeleteOwnContent")]
    [InlineData("DeleteOwnContent", "DeleteOwnContent")]
    [InlineData("ViewContent", "ViewContent,ViewOwnContent")]
    [InlineData("ViewOwnContent", "ViewOwnContent")]
    [InlineData("PreviewContent", "PreviewContent,PreviewOwnContent")]
    [InlineData("PreviewOwnContent", "PreviewOwnContent")]
    [InlineData("CloneContent", "CloneContent,CloneOwnContent")]
    [InlineData("CloneOwnContent", "CloneOwnContent")]
    [InlineData("ListContent", "ListContent")]
    [InlineData("EditContentOwner", "EditContentOwner")]
    [InlineData("AccessContentApi", "AccessContentApi")]
    public void HasPermission_GlobalGrant_ImpliesExactlyTheTableClosure(string granted, string expected)
    {
        var (service, alice) = Granted(granted);

        var held = GlobalContent.Where(p => service.HasPermission(alice, p));

        Assert.Equal(expected.Split(',').Order(StringComparer.Ordinal), held.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Publish_Article", "Publish_Article,PublishOwn_Article,Edit_Article,EditOwn_Article,View_Article,ViewOwn_Article,Preview_Article,PreviewOwn_Article,Clone_Article,CloneOwn_Article")]
    [InlineData("PublishOwn_Article", "PublishOwn_Article,EditOwn_Article")]
    [InlineData("Edit_Article", "Edit_Article,EditOwn_Article,View_Article,ViewOwn_Article,Preview_Article,PreviewOwn_Article,Clone_Article,CloneOwn_Article")]
    [InlineData("EditOwn_Article", "EditOwn_Article")]
    [InlineData("Delete_Article", "Delete_Article,DeleteOwn_Article")]
    [InlineData("View_Article", "View_Article,ViewOwn_Article")]
    [InlineData("Preview_Article", "Preview_Article,PreviewOwn_Article")]
    [InlineData("Clone_Article", "Clone_Article,CloneOwn_Article")]
    [InlineData("ListContent_Article", "ListContent_Article")]
    [InlineData("EditContentOwner_Article", "EditContentOwner_Article")]
    public void HasPermission_PerTypeGrant_ImpliesPerTypeClosureOnly(string granted, string expected)
    {
        var (service, alice) = Granted(granted);

        Assert.Equal(
            expected.Split(',').Order(StringComparer.Ordinal),
            ArticleContent.Where(p => service.HasPermission(alice, p)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(GlobalContent, p => service.HasPermission(alice, p));
    }

    [Theory]
    [InlineData("PublishContent", "Publish_Article")]
    [InlineData("EditContent", "View_Article")]
    [InlineData("EditContent", "CloneOwn_Article")]
    [InlineData("ViewContent", "ViewOwn_Article")]
    [InlineData("DeleteOwnContent", "DeleteOwn_Article")]
    [InlineData("ListContent", "ListContent_Article")]
    [InlineData("EditContentOwner", "EditContentOwner_Article")]
    public void HasPermission_GlobalGrant_ImpliesPerTypePermission(string granted, string perType)
    {
        var (service, alice) = Granted(granted);

        Assert.True(service.HasPermission(alice, perType));
    }

    [Fact]
    public void HasPermission_Administrator_HoldsEveryNameEvenUnknownOnes()
    {
        var service = Service();
        var admin = Alice(SystemRoles.Administrator);

        Assert.All(PermissionCatalog.ForDefinitions(Definitions()), p => Assert.True(service.HasPermission(admin, p.Name)));
        Assert.True(service.HasPermission(admin, "ExecuteApi_SomeQuery"));
    }

    [Fact]
    public void HasPermission_Anonymous_GetsOnlyAnonymousRolePermissions()
    {
        var service = Service(
            Role(SystemRoles.Anonymous, "ViewContent"),
            Role(SystemRoles.Authenticated, "ExecuteGraphQL"),
            Role("Editor", "EditContent"));

        Assert.True(service.HasPermission(CmsPrincipal.Anonymous, "ViewContent"));
        Assert.False(service.HasPermission(CmsPrincipal.Anonymous, "ExecuteGraphQL"));
        Assert.False(service.HasPermission(CmsPrincipal.Anonymous, "EditContent"));
    }

    [Fact]
    public void HasPermission_SignedInUser_GetsAuthenticatedButNotAnonymousPermissions()
    {
        var service = Service(Role(SystemRoles.Anonymous, "ViewContent"), Role(SystemRoles.Authenticated, "ExecuteGraphQL"));
        var alice = Alice();

        Assert.True(service.HasPermission(alice, "ExecuteGraphQL"));
        Assert.False(service.HasPermission(alice, "ViewContent"));
    }

    [Fact]
    public void HasPermission_RoleNameCaseDiffers_StillMatches()
    {
        var service = Service(Role("Editor", "EditContent"));

        Assert.True(service.HasPermission(Alice("editor"), "ViewContent"));
    }

    [Fact]
    public void HasPermission_RoleNotInSet_GrantsNothing()
    {
        var service = Service(Role("Editor", "EditContent"));

        Assert.False(service.HasPermission(Alice("Ghost"), "ViewContent"));
    }

    [Fact]
    public void HasPermission_ExecuteGraphQLMutations_ImpliesExecuteGraphQL()
    {
        var (service, alice) = Granted("ExecuteGraphQLMutations");

        Assert.True(service.HasPermission(alice, "ExecuteGraphQL"));
    }

    [Fact]
    public void Update_SameVersions_KeepsSnapshot()
    {
        var service = Service(Role("Editor", "EditContent"));

        var rebuilt = service.Update([Role("Editor")], "roles-1", Definitions(), "definitions-1");

        Assert.False(rebuilt);
        Assert.True(service.HasPermission(Alice("Editor"), "EditContent"));
    }

    [Fact]
    public void Update_NewRolesVersion_AppliesNewRoles()
    {
        var service = Service(Role("Editor", "EditContent"));

        var rebuilt = service.Update([Role("Editor")], "roles-2", Definitions(), "definitions-1");

        Assert.True(rebuilt);
        Assert.True(service.IsCurrent("roles-2", "definitions-1"));
        Assert.False(service.HasPermission(Alice("Editor"), "EditContent"));
    }

    [Fact]
    public void Update_CallerChangesRolesAfterwards_SnapshotUnaffected()
    {
        var editor = Role("Editor", "EditContent");
        var service = Service(editor);

        editor.Permissions.Clear();

        Assert.True(service.HasPermission(Alice("Editor"), "EditContent"));
    }
}

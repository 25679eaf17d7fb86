using Cms.Core.Security;
using static Cms.Tests.Security.SecurityScenario;

namespace Cms.Tests.Security;

public sealed class RoleUpdaterTests
{
    [Fact]
    public void Apply_NewStereotypedRoleWithNoPermissions_GetsStereotype()
    {
        var roles = RoleUpdater.Apply([], Entry("Editor"));

        var editor = Assert.Single(roles);
        Assert.Equal("Editor", editor.Name);
        Assert.Equal(RoleStereotypes.DefaultPermissions("Editor"), editor.Permissions);
    }

    [Fact]
    public void Apply_NewRoleWithPermissions_GetsStereotypeAndListed()
    {
        var roles = RoleUpdater.Apply([], Entry("Author", null, "ExecuteGraphQL"));

        var author = Assert.Single(roles);
        Assert.Contains("ExecuteGraphQL", author.Permissions);
        Assert.Contains("EditOwnContent", author.Permissions);
    }

    [Fact]
    public void Apply_NewRoleWithoutStereotype_GetsListedOnly()
    {
        var roles = RoleUpdater.Apply([], new RoleRecipeEntry { Name = "  Journalist ", Description = "Writes", Permissions = ["PublishContent", "EditContent"] });

        var journalist = Assert.Single(roles);
        Assert.Equal("Journalist", journalist.Name);
        Assert.Equal("Writes", journalist.Description);
        Assert.Equal(["PublishContent", "EditContent"], journalist.Permissions);
    }

    [Fact]
    public void Apply_ExistingRoleReplace_ClearsThenAddsListedWithoutStereotype()
    {
        var roles = RoleUpdater.Apply([Role("Editor", "DeleteContent", "ListContent")], Entry("editor", "Replace", "ViewContent"));

        var editor = Assert.Single(roles);
        Assert.Equal("Editor", editor.Name);
        Assert.Equal(["ViewContent"], editor.Permissions);
    }

    [Fact]
    public void Apply_NoBehavior_Replaces()
    {
        var roles = RoleUpdater.Apply([Role("Journalist", "DeleteContent")], Entry("Journalist", null, "ViewContent"));

        Assert.Equal(["ViewContent"], Assert.Single(roles).Permissions);
    }

    [Fact]
    public void Apply_Add_KeepsExistingAndAddsMissing()
    {
        var roles = RoleUpdater.Apply([Role("Journalist", "DeleteContent", "ViewContent")], Entry("Journalist", "Add", "ViewContent", "ListContent"));

        Assert.Equal(["DeleteContent", "ViewContent", "ListContent"], Assert.Single(roles).Permissions);
    }

    [Fact]
    public void Apply_Remove_TakesListedAway()
    {
        var roles = RoleUpdater.Apply([Role("Journalist", "DeleteContent", "ViewContent")], Entry("Journalist", "remove", "DeleteContent", "Absent"));

        Assert.Equal(["ViewContent"], Assert.Single(roles).Permissions);
    }

    [Fact]
    public void Apply_RemoveOnNewStereotypedRole_RemovesFromStereotype()
    {
        var roles = RoleUpdater.Apply([], Entry("Editor", "Remove", "DeleteContent"));

        var editor = Assert.Single(roles);
        Assert.DoesNotContain("DeleteContent", editor.Permissions);
        Assert.Contains("EditContent", editor.Permissions);
    }

    [Fact]
    public void Apply_ExistingAdministratorReplace_StoresNothingButStillHoldsAll()
    {
        var roles = RoleUpdater.Apply([Role("Administrator", "EditContent")], Entry("Administrator", "Replace", "ViewContent"));

        Assert.Empty(Assert.Single(roles).Permissions);
        var service = new CmsAuthorizationService();
        service.Update(roles, "1", Definitions(), "1");
        Assert.True(service.HasPermission(Alice("Administrator"), "ManageUsers"));
    }

    [Fact]
    public void Apply_Always_LeavesInputUnchanged()
    {
        var journalist = Role("Journalist", "DeleteContent");
        RoleRecord[] input = [journalist];

        var roles = RoleUpdater.Apply(input, Entry("Journalist", "Add", "ViewContent"));

        Assert.Equal(["DeleteContent"], journalist.Permissions);
        Assert.NotSame(journalist, Assert.Single(roles));
    }

    [Fact]
    public void Apply_OtherRoles_AreKept()
    {
        var roles = RoleUpdater.Apply([Role("Editor", "EditContent")], Entry("Journalist"));

        Assert.Equal(["Editor", "Journalist"], roles.Select(r => r.Name));
        Assert.Equal(["EditContent"], roles[0].Permissions);
    }

    [Fact]
    public void Apply_EntryWithoutDescription_KeepsExistingDescription()
    {
        var existing = new RoleRecord { Name = "Journalist", Description = "Writes" };

        var roles = RoleUpdater.Apply([existing], Entry("Journalist", "Add", "ViewContent"));

        Assert.Equal("Writes", Assert.Single(roles).Description);
    }

    [Fact]
    public void Apply_UnknownBehavior_ThrowsNamingIt()
    {
        var error = Assert.Throws<RoleRecipeException>(() => RoleUpdater.Apply([], Entry("Editor", "Merge", "ViewContent")));

        Assert.Equal("PermissionBehavior", error.Property);
        Assert.Contains("'Merge'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Editor'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("Replace, Add")]
    public void Apply_NumericOrCombinedBehavior_Throws(string behavior)
    {
        Assert.Throws<RoleRecipeException>(() => RoleUpdater.Apply([], Entry("Editor", behavior)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Apply_MissingName_ThrowsNamingName(string? name)
    {
        var error = Assert.Throws<RoleRecipeException>(() => RoleUpdater.Apply([], new RoleRecipeEntry { Name = name }));

        Assert.Equal("Name", error.Property);
    }

    [Fact]
    public void Apply_SeveralEntries_AppliedInOrder()
    {
        var roles = RoleUpdater.Apply([], [Entry("Journalist", null, "ViewContent"), Entry("Journalist", "Add", "ListContent")]);

        Assert.Equal(["ViewContent", "ListContent"], Assert.Single(roles).Permissions);
    }

    private static RoleRecipeEntry Entry(string name, string? behavior = null, params string[] permissions) =>
        new() { Name = name, PermissionBehavior = behavior, Permissions = [.. permissions] };
}

using Cms.Core.Security;

namespace Cms.Tests.Security;

public sealed class PermissionCatalogTests
{
    [Theory]
    [InlineData("PublishContent", "")]
    [InlineData("PublishOwnContent", "PublishContent")]
    [InlineData("EditContent", "PublishContent")]
    [InlineData("EditOwnContent", "EditContent,PublishOwnContent")]
    [InlineData("DeleteContent", "")]
    [InlineData("DeleteOwnContent", "DeleteContent")]
    [InlineData("ViewContent", "EditContent")]
    [InlineData("ViewOwnContent", "ViewContent")]
    [InlineData("PreviewContent", "EditContent,PublishContent")]
    [InlineData("PreviewOwnContent", "PreviewContent")]
    [InlineData("CloneContent", "EditContent")]
    [InlineData("CloneOwnContent", "CloneContent")]
    [InlineData("ListContent", "")]
    [InlineData("EditContentOwner", "")]
    [InlineData("AccessContentApi", "")]
    [InlineData("ExecuteGraphQL", "ExecuteGraphQLMutations")]
    public void Global_ContentPermission_HasImpliedByOfTheTable(string name, string impliedBy)
    {
        var permission = Assert.Single(PermissionCatalog.Global, p => p.Name == name);

        Assert.Equal(Split(impliedBy), permission.ImpliedBy.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ExecuteGraphQL")]
    [InlineData("AccessAdminPanel")]
    [InlineData("ManageUsers")]
    [InlineData("ManageRoles")]
    [InlineData("AssignRoles")]
    [InlineData("ViewContentTypes")]
    [InlineData("EditContentTypes")]
    [InlineData("ManageSettings")]
    [InlineData("ManageRecipes")]
    [InlineData("Import")]
    [InlineData("Export")]
    [InlineData("ManageMediaContent")]
    [InlineData("ManageOwnMediaContent")]
    [InlineData("ManageMediaFolder")]
    [InlineData("ViewMediaContent")]
    public void Global_OtherFeature_IsListed(string name)
    {
        Assert.Contains(PermissionCatalog.Global, p => p.Name == name);
    }

    [Fact]
    public void Global_Names_AreUnique()
    {
        var names = PermissionCatalog.Global.Select(p => p.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ForDefinitions_SecurableType_AddsItsFourteenPermissionsWithCategory()
    {
        var all = PermissionCatalog.ForDefinitions(SecurityScenario.Definitions());

        var perType = all.Skip(PermissionCatalog.Global.Count).ToList();
        Assert.Equal(14, perType.Count);
        Assert.All(perType, p => Assert.EndsWith("_Article", p.Name, StringComparison.Ordinal));
        Assert.All(perType, p => Assert.Equal("News Article Content Type - Article", p.Category));
    }

    [Fact]
    public void ForDefinitions_NonSecurableType_AddsNothing()
    {
        var all = PermissionCatalog.ForDefinitions(SecurityScenario.Definitions());

        Assert.DoesNotContain(all, p => p.Name.EndsWith("_Page", StringComparison.Ordinal));
    }

    [Fact]
    public void ForDefinitions_Always_StartsWithGlobal()
    {
        var all = PermissionCatalog.ForDefinitions(SecurityScenario.Definitions());

        Assert.Equal(PermissionCatalog.Global, all.Take(PermissionCatalog.Global.Count));
    }

    private static string[] Split(string names) =>
        [.. names.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
}

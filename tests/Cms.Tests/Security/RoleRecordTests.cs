using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Security;

namespace Cms.Tests.Security;

public sealed class RoleRecordTests
{
    [Fact]
    public void Serialize_Always_UsesRolesRecipeNames()
    {
        var json = JsonSerializer.SerializeToNode(new RoleRecord { Name = "Editor", Permissions = ["EditContent"] })!.AsObject();

        Assert.Equal(["Name", "Description", "Permissions"], json.Select(p => p.Key));
        Assert.Equal("EditContent", json["Permissions"]!.AsArray()[0]!.GetValue<string>());
    }

    [Fact]
    public void Deserialize_RolesStepEntry_ReadsEveryValue()
    {
        var entry = JsonNode.Parse("""{ "Name": "Editor", "Permissions": ["EditContent"], "PermissionBehavior": "Add" }""")
            .Deserialize<RoleRecipeEntry>()!;

        Assert.Equal("Add", entry.PermissionBehavior);
        Assert.Equal(["EditContent"], entry.Permissions);
    }

    [Fact]
    public void Clone_Always_CopiesPermissionList()
    {
        var role = new RoleRecord { Name = "Editor", Permissions = ["EditContent"] };

        var clone = role.Clone();
        clone.Permissions.Add("DeleteContent");

        Assert.Equal(["EditContent"], role.Permissions);
    }

    [Theory]
    [InlineData("Administrator", true)]
    [InlineData("authenticated", true)]
    [InlineData("Anonymous", true)]
    [InlineData("Editor", false)]
    public void IsSystemRole_Name_MatchesSystemRoles(string name, bool expected)
    {
        Assert.Equal(expected, new RoleRecord { Name = name }.IsSystemRole);
    }
}

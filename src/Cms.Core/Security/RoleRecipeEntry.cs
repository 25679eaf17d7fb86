namespace Cms.Core.Security;

/// <summary>One entry of a Roles recipe step (<c>{ Name, Description, Permissions, PermissionBehavior }</c>).</summary>
public sealed class RoleRecipeEntry
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string>? Permissions { get; set; }

    /// <summary>Kept as text so an unknown value can be reported by name instead of failing deserialisation.</summary>
    public string? PermissionBehavior { get; set; }
}

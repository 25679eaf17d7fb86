using System.Text.Json.Serialization;

namespace Cms.Core.Security;

/// <summary>A role and the permission names granted to it; the JSON is an entry of Orchard's Roles recipe step.</summary>
public sealed class RoleRecord
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>Granted names, stored as given: names no feature declares are kept so a later feature can honour them.</summary>
    public List<string> Permissions { get; set; } = [];

    [JsonIgnore]
    public bool IsSystemRole => SystemRoles.IsSystemRole(Name);

    public RoleRecord Clone() => new() { Name = Name, Description = Description, Permissions = [.. Permissions] };
}

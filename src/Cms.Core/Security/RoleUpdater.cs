namespace Cms.Core.Security;

/// <summary>
/// Applies Roles recipe entries to a role set. Pure: the given roles are not changed; the caller stores the
/// returned set, so an entry that fails leaves nothing half-applied.
/// </summary>
public static class RoleUpdater
{
    /// <summary>
    /// Creates or updates the role named by the entry (name trimmed, case ignored). A created role starts with
    /// its stereotype defaults, which the entry's permissions then extend or trim; Replace on an existing role
    /// starts from an empty list instead. Administrator never needs listed permissions: it holds them all.
    /// </summary>
    public static IReadOnlyList<RoleRecord> Apply(IEnumerable<RoleRecord> roles, RoleRecipeEntry entry)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(entry);

        var name = entry.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw new RoleRecipeException(nameof(RoleRecipeEntry.Name), "A role entry needs a Name.");
        }

        var behavior = ParseBehavior(entry.PermissionBehavior, name);
        var listed = (entry.Permissions ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => p.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var result = roles.Select(r => r.Clone()).ToList();
        var role = result.Find(r => SystemRoles.NameComparer.Equals(r.Name.Trim(), name));
        var isNew = role is null;
        if (role is null)
        {
            role = new RoleRecord { Name = name, Permissions = [.. RoleStereotypes.DefaultPermissions(name)] };
            result.Add(role);
        }

        // Orchard overwrites the description even when the entry omits it; keeping it is kinder to Add/Remove entries.
        if (entry.Description is not null)
        {
            role.Description = entry.Description;
        }

        var isAdministrator = SystemRoles.NameComparer.Equals(name, SystemRoles.Administrator);
        switch (behavior)
        {
            case PermissionBehavior.Replace:
                if (!isNew)
                {
                    role.Permissions.Clear();
                }

                if (!isAdministrator)
                {
                    AddMissing(role, listed);
                }

                break;
            case PermissionBehavior.Add:
                AddMissing(role, listed);
                break;
            case PermissionBehavior.Remove:
                role.Permissions.RemoveAll(listed.Contains);
                break;
        }

        return result;
    }

    /// <summary>Applies entries in order, as one Roles step does; the first bad entry stops the whole step.</summary>
    public static IReadOnlyList<RoleRecord> Apply(IEnumerable<RoleRecord> roles, IEnumerable<RoleRecipeEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var current = roles;
        foreach (var entry in entries)
        {
            current = Apply(current, entry);
        }

        return current as IReadOnlyList<RoleRecord> ?? [.. current];
    }

    /// <summary>Reads a PermissionBehavior value; missing means Replace, anything unknown is an error naming it.</summary>
    public static PermissionBehavior ParseBehavior(string? value, string roleName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return PermissionBehavior.Replace;
        }

        // Explicit names only: Enum.TryParse would also accept "7" or "Replace, Add".
        foreach (var behavior in Enum.GetValues<PermissionBehavior>())
        {
            if (string.Equals(value.Trim(), behavior.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return behavior;
            }
        }

        throw new RoleRecipeException(
            nameof(RoleRecipeEntry.PermissionBehavior),
            $"Role '{roleName}': unknown PermissionBehavior '{value}'; expected Replace, Add or Remove.");
    }

    private static void AddMissing(RoleRecord role, List<string> permissions)
    {
        foreach (var permission in permissions)
        {
            if (!role.Permissions.Contains(permission, StringComparer.Ordinal))
            {
                role.Permissions.Add(permission);
            }
        }
    }
}

namespace Cms.Core.Security;

/// <summary>
/// Who is asking, as the authorization service sees it: anonymous callers are in the Anonymous role only;
/// signed-in users are in their assigned roles plus Authenticated (and not Anonymous, as in Orchard).
/// </summary>
public sealed class CmsPrincipal
{
    private CmsPrincipal(string? userId, string? userName, IReadOnlyList<string> roleNames)
    {
        UserId = userId;
        UserName = userName;
        RoleNames = roleNames;
    }

    public static CmsPrincipal Anonymous { get; } = new(null, null, [SystemRoles.Anonymous]);

    /// <summary>The user's 26-character id, compared with content items' Owner; null when not signed in.</summary>
    public string? UserId { get; }

    public string? UserName { get; }

    public IReadOnlyList<string> RoleNames { get; }

    public bool IsAuthenticated => UserId is not null;

    public static CmsPrincipal ForUser(string userId, string userName, IEnumerable<string> assignedRoles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(assignedRoles);

        var roles = new List<string>();
        foreach (var role in assignedRoles.Select(r => r.Trim()).Append(SystemRoles.Authenticated))
        {
            // Anonymous is a state, not an assignment: a stray role name in the data must not hand it to a user.
            if (role.Length > 0 && !SystemRoles.NameComparer.Equals(role, SystemRoles.Anonymous) &&
                !roles.Contains(role, SystemRoles.NameComparer))
            {
                roles.Add(role);
            }
        }

        return new CmsPrincipal(userId, userName, roles);
    }

    public static CmsPrincipal ForUser(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return ForUser(user.UserId, user.UserName, user.RoleNames);
    }

    public bool IsInRole(string roleName) => RoleNames.Contains(roleName, SystemRoles.NameComparer);

    /// <summary>True when the item's Owner is this user (never for anonymous callers or unowned items).</summary>
    public bool Owns(string? ownerId) => UserId is not null && string.Equals(ownerId, UserId, StringComparison.Ordinal);
}

namespace Cms.Core.Security;

/// <summary>
/// Who is asking, as the authorization service sees it: anonymous callers are in the Anonymous role only;
/// signed-in users are in their assigned roles plus Authenticated (and not Anonymous, as in Orchard).
/// An API key is not a user: it is in its one role only and owns nothing.
/// </summary>
public sealed class CmsPrincipal
{
    private CmsPrincipal(string? userId, string? userName, IReadOnlyList<string> roleNames, string? apiKeyId = null,
        string? previewContentItemId = null)
    {
        UserId = userId;
        UserName = userName;
        RoleNames = roleNames;
        ApiKeyId = apiKeyId;
        PreviewContentItemId = previewContentItemId;
    }

    public static CmsPrincipal Anonymous { get; } = new(null, null, [SystemRoles.Anonymous]);

    /// <summary>The user's 26-character id, compared with content items' Owner; null when not signed in.</summary>
    public string? UserId { get; }

    public string? UserName { get; }

    public IReadOnlyList<string> RoleNames { get; }

    /// <summary>The public id of the API key the caller presented; null for users and anonymous callers.</summary>
    public string? ApiKeyId { get; }

    /// <summary>
    /// The one item a preview token lets the caller read at any version; null for every other caller. The caller
    /// is otherwise anonymous: the grant widens the read rule for that item and nothing else.
    /// </summary>
    public string? PreviewContentItemId { get; }

    public bool IsAuthenticated => UserId is not null || ApiKeyId is not null;

    /// <summary>True when the caller holds a preview grant for this item.</summary>
    public bool MayPreview(string? contentItemId) =>
        PreviewContentItemId is not null && string.Equals(contentItemId, PreviewContentItemId, StringComparison.Ordinal);

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

    /// <summary>
    /// A caller holding an API key: in the key's role and nothing else (not Authenticated, whose permissions are
    /// meant for people), with no user id, so owner-based permissions never match.
    /// </summary>
    public static CmsPrincipal ForApiKey(string keyId, string keyName, string roleName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(roleName);
        return new CmsPrincipal(null, keyName, [roleName.Trim()], keyId);
    }

    /// <summary>
    /// A front end holding a preview token: anonymous (no user id, so it owns nothing and is not Authenticated)
    /// plus a grant to read the one item. The issuing user is named for logs only; their roles are not lent.
    /// </summary>
    public static CmsPrincipal ForPreview(string contentItemId, string issuedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentItemId);
        return new CmsPrincipal(null, issuedBy, [SystemRoles.Anonymous], previewContentItemId: contentItemId);
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

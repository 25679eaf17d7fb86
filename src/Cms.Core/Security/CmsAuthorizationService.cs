using Cms.Core.ContentModel;
using Cms.Core.Definitions;

namespace Cms.Core.Security;

/// <summary>
/// The one place admin pages, REST and GraphQL ask "may this caller do this?". It holds a snapshot of the
/// roles and content definitions keyed by the versions the store gives them, so checks stay set look-ups and
/// every node agrees once it has seen the same versions. Register it as a singleton.
/// </summary>
public sealed class CmsAuthorizationService
{
    private AuthorizationSnapshot _snapshot = AuthorizationSnapshot.Empty;

    public string RolesVersion => Current.RolesVersion;

    public string DefinitionsVersion => Current.DefinitionsVersion;

    /// <summary>Both versions the current snapshot was built from, read together.</summary>
    public string Version
    {
        get
        {
            var current = Current;
            return current.RolesVersion + "/" + current.DefinitionsVersion;
        }
    }

    private AuthorizationSnapshot Current => Volatile.Read(ref _snapshot);

    /// <summary>True when the snapshot was built from these versions, so the caller need not load roles at all.</summary>
    public bool IsCurrent(string rolesVersion, string definitionsVersion)
    {
        var current = Current;
        return string.Equals(current.RolesVersion, rolesVersion, StringComparison.Ordinal) &&
            string.Equals(current.DefinitionsVersion, definitionsVersion, StringComparison.Ordinal);
    }

    /// <summary>Rebuilds the snapshot unless it already has these versions; returns whether it rebuilt.</summary>
    public bool Update(IEnumerable<RoleRecord> roles, string rolesVersion, ContentDefinitionDocument definitions, string definitionsVersion)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(definitions);
        if (IsCurrent(rolesVersion, definitionsVersion))
        {
            return false;
        }

        // Built aside and swapped in whole, so concurrent checks see the old or the new set, never a mix.
        Volatile.Write(ref _snapshot, new AuthorizationSnapshot(roles, definitions, rolesVersion, definitionsVersion));
        return true;
    }

    /// <summary>A global or per-type permission by name, implications included; Administrator holds every name.</summary>
    public bool HasPermission(CmsPrincipal user, string permission)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(permission);
        return Current.Has(user, permission);
    }

    /// <summary>
    /// Whether the caller may act on one item. Securable types are checked with their per-type permission
    /// (<c>Edit_Article</c>), others with the global one; the Own variant also counts when the caller owns the item.
    /// </summary>
    public bool CanOnItem(CmsPrincipal user, ContentAction action, string contentType, string? ownerId)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        var snapshot = Current;
        var (any, own) = snapshot.NamesFor(action, contentType);
        return snapshot.Has(user, any) || (own is not null && user.Owns(ownerId) && snapshot.Has(user, own));
    }

    /// <summary>Which items of a type the caller may act on: all, only their own, or none.</summary>
    public ContentVisibility Visibility(CmsPrincipal user, ContentAction action, string contentType)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        var snapshot = Current;
        var (any, own) = snapshot.NamesFor(action, contentType);
        if (snapshot.Has(user, any))
        {
            return ContentVisibility.All;
        }

        // An anonymous caller owns nothing, so an Own permission granted to Anonymous shows no items.
        return own is not null && user.IsAuthenticated && snapshot.Has(user, own) ? ContentVisibility.OwnOnly : ContentVisibility.None;
    }

    /// <summary>
    /// The read rule for one stored version, wherever it is shown (GraphQL, REST, preview): a published version needs
    /// View, any other (a draft, an old version) needs Preview; the Own variants count on the caller's own items; a
    /// preview grant (a preview token's caller) reads every version of its one item.
    /// </summary>
    public bool CanRead(CmsPrincipal user, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return CanOnItem(user, item.Published ? ContentAction.View : ContentAction.Preview, item.ContentType, item.Owner) ||
            user.MayPreview(item.ContentItemId);
    }

    /// <summary>
    /// The read rule for a type query: published reads need View, draft reads (preview) need Preview.
    /// OwnOnly means filter on Owner = <see cref="CmsPrincipal.UserId"/>; PreviewGrantOnly on ContentItemId =
    /// <see cref="CmsPrincipal.PreviewContentItemId"/> (the same grant as <see cref="CanRead"/>); None means nothing.
    /// </summary>
    public ContentVisibility ViewFilter(CmsPrincipal user, string contentType, bool preview)
    {
        var visibility = Visibility(user, preview ? ContentAction.Preview : ContentAction.View, contentType);
        return visibility == ContentVisibility.None && user.PreviewContentItemId is not null ? ContentVisibility.PreviewGrantOnly : visibility;
    }
}

using Cms.Core.Definitions;

namespace Cms.Core.Security;

/// <summary>
/// The dynamic permissions of a Securable content type (<c>Edit_Article</c>, <c>ViewOwn_Article</c>, ...).
/// Each is implied by its global counterpart and by the stronger per-type ones, mirroring the global table,
/// so granting <c>EditContent</c> still covers every Securable type.
/// </summary>
public static class ContentTypePermissions
{
    private sealed record Template(
        string Prefix, ContentAction Action, bool Own, Func<string, string> Describe, Permission Global, string[] ImpliedByPrefixes);

    // Stronger first, so each template only refers to prefixes already built for the type.
    private static readonly Template[] Templates =
    [
        new("Publish", ContentAction.Publish, false, t => $"Publish or unpublish {t} for others", PermissionCatalog.PublishContent, []),
        new("PublishOwn", ContentAction.Publish, true, t => $"Publish or unpublish {t} for self", PermissionCatalog.PublishOwnContent, ["Publish"]),
        new("Edit", ContentAction.Edit, false, t => $"Edit {t} for others", PermissionCatalog.EditContent, ["Publish"]),
        new("EditOwn", ContentAction.Edit, true, t => $"Edit {t} for self", PermissionCatalog.EditOwnContent, ["Edit", "PublishOwn"]),
        new("Delete", ContentAction.Delete, false, t => $"Delete {t} for others", PermissionCatalog.DeleteContent, []),
        new("DeleteOwn", ContentAction.Delete, true, t => $"Delete {t} for self", PermissionCatalog.DeleteOwnContent, ["Delete"]),
        new("View", ContentAction.View, false, t => $"View {t} by others", PermissionCatalog.ViewContent, ["Edit"]),
        new("ViewOwn", ContentAction.View, true, t => $"View own {t}", PermissionCatalog.ViewOwnContent, ["View"]),
        new("Preview", ContentAction.Preview, false, t => $"Preview {t} by others", PermissionCatalog.PreviewContent, ["Edit", "Publish"]),
        new("PreviewOwn", ContentAction.Preview, true, t => $"Preview own {t}", PermissionCatalog.PreviewOwnContent, ["Preview"]),
        new("Clone", ContentAction.Clone, false, t => $"Clone {t} by others", PermissionCatalog.CloneContent, ["Edit"]),
        new("CloneOwn", ContentAction.Clone, true, t => $"Clone own {t}", PermissionCatalog.CloneOwnContent, ["Clone"]),
        new("ListContent", ContentAction.List, false, t => $"List {t} content items", PermissionCatalog.ListContent, []),
        new("EditContentOwner", ContentAction.EditOwner, false, t => $"Edit the owner of a {t} content item", PermissionCatalog.EditContentOwner, []),
    ];

    /// <summary>The role editor's heading for a type's permissions.</summary>
    public static string CategoryFor(ContentTypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return $"{DisplayNameOf(type)} Content Type - {type.Name}";
    }

    /// <summary>The fourteen per-type permissions of a type (whether or not it is Securable; callers decide).</summary>
    public static IReadOnlyList<Permission> ForType(ContentTypeDefinition type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var displayName = DisplayNameOf(type);
        var category = CategoryFor(type);
        var built = new Dictionary<string, Permission>(StringComparer.Ordinal);
        var result = new List<Permission>(Templates.Length);
        foreach (var template in Templates)
        {
            var impliedBy = template.ImpliedByPrefixes.Select(prefix => built[prefix]).Append(template.Global).ToArray();
            var permission = new Permission(NameOf(template.Prefix, type.Name), template.Describe(displayName), category, impliedBy);
            built[template.Prefix] = permission;
            result.Add(permission);
        }

        return result;
    }

    /// <summary>The per-type permission name for an action (<c>EditOwn_Article</c>); null for an Own variant that does not exist.</summary>
    public static string? NameFor(ContentAction action, bool own, string contentType)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        foreach (var template in Templates)
        {
            if (template.Action == action && template.Own == own)
            {
                return NameOf(template.Prefix, contentType);
            }
        }

        return null;
    }

    private static string NameOf(string prefix, string contentType) => prefix + "_" + contentType;

    private static string DisplayNameOf(ContentTypeDefinition type) =>
        string.IsNullOrWhiteSpace(type.DisplayName) ? type.Name : type.DisplayName;
}

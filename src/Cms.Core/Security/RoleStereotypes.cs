namespace Cms.Core.Security;

/// <summary>
/// The permissions a role receives when it is created, by its name (Orchard's default stereotypes for the
/// content permissions, and ViewMediaContent for Anonymous as Orchard's media module gives it: media files are
/// public at /media anyway). A role with any other name starts empty.
/// </summary>
public static class RoleStereotypes
{
    public const string Editor = "Editor";
    public const string Author = "Author";
    public const string Contributor = "Contributor";

    private static readonly Dictionary<string, string[]> Defaults = new(SystemRoles.NameComparer)
    {
        // Administrator holds everything anyway; listing the catalog keeps its stored list honest for the role editor.
        [SystemRoles.Administrator] = [.. PermissionCatalog.Global.Select(p => p.Name)],
        [Editor] = Names(
            PermissionCatalog.PublishContent, PermissionCatalog.EditContent, PermissionCatalog.DeleteContent,
            PermissionCatalog.PreviewContent, PermissionCatalog.CloneContent, PermissionCatalog.ListContent),
        [Author] = Names(
            PermissionCatalog.PublishOwnContent, PermissionCatalog.EditOwnContent, PermissionCatalog.DeleteOwnContent,
            PermissionCatalog.PreviewOwnContent, PermissionCatalog.CloneOwnContent),
        [Contributor] = Names(PermissionCatalog.EditOwnContent, PermissionCatalog.PreviewOwnContent, PermissionCatalog.CloneOwnContent),
        [SystemRoles.Authenticated] = Names(PermissionCatalog.ViewContent),
        [SystemRoles.Anonymous] = Names(PermissionCatalog.ViewContent, PermissionCatalog.ViewMediaContent),
    };

    /// <summary>The permission names a new role with this name starts with (empty for unknown names).</summary>
    public static IReadOnlyList<string> DefaultPermissions(string roleName) =>
        Defaults.TryGetValue(roleName.Trim(), out var names) ? names : [];

    private static string[] Names(params Permission[] permissions) => [.. permissions.Select(p => p.Name)];
}

using Cms.Core.Security;

namespace Cms.Web.Admin;

/// <summary>One entry of the admin menu; only entries the caller may use are listed.</summary>
public sealed record AdminNavLink(string Group, string Text, string Href)
{
    internal static IReadOnlyList<AdminNavLink> For(AdminCaller caller)
    {
        var links = new List<AdminNavLink> { new("", "Dashboard", "/admin") };
        links.Add(new("Content", "Content items", "/admin/contents"));
        foreach (var type in caller.Definitions.Types.Where(t => t.TypeSettings.Listable && caller.CanAny(ContentAction.View, t.Name)))
        {
            links.Add(new("Content", type.DisplayName, $"/admin/contents?type={Uri.EscapeDataString(type.Name)}"));
        }

        if (caller.Has(PermissionCatalog.ViewMediaContent))
        {
            links.Add(new("Content", "Media", "/admin/media"));
        }

        if (caller.Definitions.Types.Any(t => caller.CanAny(ContentAction.Delete, t.Name)))
        {
            links.Add(new("Content", "Trash", "/admin/trash"));
        }

        if (caller.Has(PermissionCatalog.ViewContentTypes))
        {
            links.Add(new("Configuration", "Content types", "/admin/content-types"));
        }

        if (caller.Definitions.FindType("Taxonomy") is not null && caller.CanAny(ContentAction.Edit, "Taxonomy"))
        {
            links.Add(new("Configuration", "Taxonomies", "/admin/taxonomies"));
        }

        if (caller.Has(PermissionCatalog.ManageRecipes) || caller.Has(PermissionCatalog.Export))
        {
            links.Add(new("Configuration", "Recipes", "/admin/recipes"));
        }

        if (caller.Has(PermissionCatalog.ManageUsers))
        {
            links.Add(new("Security", "Users", "/admin/users"));
        }

        if (caller.Has(PermissionCatalog.ManageRoles))
        {
            links.Add(new("Security", "Roles", "/admin/roles"));
        }

        if (caller.Has(PermissionCatalog.ManageSettings))
        {
            links.Add(new("Configuration", "Webhooks", "/admin/webhooks"));
        }

        if (caller.Has(PermissionCatalog.ManageApiKeys))
        {
            links.Add(new("Security", "API keys", "/admin/api-keys"));
        }

        return links;
    }
}

using Cms.Core.Security;
using Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Roles;

/// <summary>The roles (ManageRoles): list, create, delete (never a system role; users lose a deleted role).</summary>
public sealed class IndexModel : PageModel
{
    private readonly DocumentStore _store;
    private readonly AdminCaller _caller;

    public IndexModel(DocumentStore store, AdminCaller caller)
    {
        _store = store;
        _caller = caller;
    }

    public IReadOnlyList<RoleRecord> Roles { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageRoles))
        {
            return Forbid();
        }

        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        Roles = await SecurityStore.LoadRolesAsync(session, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageRoles))
        {
            return Forbid();
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        var roles = (await SecurityStore.LoadRolesAsync(session, cancellationToken)).ToList();
        Roles = roles;
        var name = Name?.Trim() ?? "";
        if (RoleNameError(name, roles) is { } error)
        {
            ModelState.AddModelError(nameof(Name), error);
            return Page();
        }

        roles.Add(new RoleRecord { Name = name, Description = Description?.Trim() ?? "", Permissions = [.. RoleStereotypes.DefaultPermissions(name)] });
        await SecurityStore.SaveRolesAsync(session, roles, cancellationToken);
        await session.CommitAsync(cancellationToken);
        TempData["Message"] = $"Role {name} created.";
        return Redirect($"/admin/roles/{Uri.EscapeDataString(name)}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string role, CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageRoles))
        {
            return Forbid();
        }

        if (SystemRoles.IsSystemRole(role))
        {
            TempData["Error"] = $"{role} is a system role and cannot be deleted.";
            return Redirect("/admin/roles");
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        var roles = (await SecurityStore.LoadRolesAsync(session, cancellationToken)).ToList();
        if (roles.RemoveAll(r => SystemRoles.NameComparer.Equals(r.Name, role)) == 0)
        {
            return NotFound();
        }

        await SecurityStore.SaveRolesAsync(session, roles, cancellationToken);
        foreach (var user in await SecurityStore.ListUsersAsync(session, cancellationToken))
        {
            if (user.RoleNames.RemoveAll(r => SystemRoles.NameComparer.Equals(r, role)) > 0)
            {
                await SecurityStore.SaveUserAsync(session, user, cancellationToken);
            }
        }

        await session.CommitAsync(cancellationToken);
        TempData["Message"] = $"Role {role} deleted.";
        return Redirect("/admin/roles");
    }

    /// <summary>Orchard's rules for a new role name: required, unique ignoring case, no path or markup characters.</summary>
    internal static string? RoleNameError(string name, IEnumerable<RoleRecord> roles)
    {
        if (name.Length == 0)
        {
            return "The role name is required.";
        }

        if (name.IndexOfAny(['/', '\\', '<', '>', '"', '\'', '?', '#', '&', '%']) >= 0)
        {
            return "The role name contains invalid characters.";
        }

        return roles.Any(r => SystemRoles.NameComparer.Equals(r.Name, name)) ? "The role name is already used." : null;
    }
}

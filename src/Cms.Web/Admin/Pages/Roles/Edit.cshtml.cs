using Cms.Core.Security;
using Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Roles;

/// <summary>
/// A role's description and permissions (ManageRoles), grouped by category as Orchard's role editor
/// groups them: the global ones, then "{DisplayName} Content Type - {Name}" per Securable type.
/// </summary>
public sealed class EditModel : PageModel
{
    private readonly DocumentStore _store;
    private readonly AdminCaller _caller;

    public EditModel(DocumentStore store, AdminCaller caller)
    {
        _store = store;
        _caller = caller;
    }

    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public List<string> Permissions { get; set; } = [];

    public bool IsAdministrator => SystemRoles.NameComparer.Equals(Name, SystemRoles.Administrator);

    /// <summary>The permissions by category, in the catalog's order.</summary>
    public IReadOnlyList<IGrouping<string, Permission>> Groups =>
        PermissionCatalog.ForDefinitions(_caller.Definitions).GroupBy(p => p.Category).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageRoles))
        {
            return Forbid();
        }

        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        if (Find(await SecurityStore.LoadRolesAsync(session, cancellationToken)) is not { } role)
        {
            return NotFound();
        }

        (Name, Description, Permissions) = (role.Name, role.Description, role.Permissions);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageRoles))
        {
            return Forbid();
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        var roles = await SecurityStore.LoadRolesAsync(session, cancellationToken);
        if (Find(roles) is not { } role)
        {
            return NotFound();
        }

        var known = Groups.SelectMany(g => g).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        // Permissions this page does not list (a feature's own, or a type no longer Securable) are kept.
        role.Permissions = [.. role.Permissions.Where(p => !known.Contains(p)), .. Permissions.Where(known.Contains)];
        role.Description = Description?.Trim() ?? "";
        await SecurityStore.SaveRolesAsync(session, roles, cancellationToken);
        await session.CommitAsync(cancellationToken);
        TempData["Message"] = $"Role {role.Name} saved.";
        return Redirect($"/admin/roles/{Uri.EscapeDataString(role.Name)}");
    }

    private RoleRecord? Find(IEnumerable<RoleRecord> roles) => roles.FirstOrDefault(r => SystemRoles.NameComparer.Equals(r.Name, Name));
}

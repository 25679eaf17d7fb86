using Cms.Core.Security;
using Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Users;

/// <summary>The users (ManageUsers): search by name or e-mail, filter enabled/disabled, enable or disable in place.</summary>
public sealed class IndexModel : PageModel
{
    private readonly DocumentStore _store;
    private readonly AdminCaller _caller;

    public IndexModel(DocumentStore store, AdminCaller caller)
    {
        _store = store;
        _caller = caller;
    }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    public IReadOnlyList<UserRecord> Users { get; private set; } = [];

    public string? CurrentUserId => _caller.Principal.UserId;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageUsers))
        {
            return Forbid();
        }

        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        var users = await SecurityStore.ListUsersAsync(session, cancellationToken);
        var q = Q?.Trim() ?? "";
        Users = users
            .Where(u => q.Length == 0 || u.UserName.Contains(q, StringComparison.OrdinalIgnoreCase) || (u.Email?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false))
            .Where(u => Filter switch { "enabled" => u.IsEnabled, "disabled" => !u.IsEnabled, _ => true })
            .OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(string userId, bool enabled, CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageUsers))
        {
            return Forbid();
        }

        if (userId == _caller.Principal.UserId && !enabled)
        {
            TempData["Error"] = "You cannot disable your own account.";
            return Redirect("/admin/users");
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        if (await SecurityStore.FindUserByIdAsync(session, userId, cancellationToken) is not { } user)
        {
            return NotFound();
        }

        user.IsEnabled = enabled;
        if (!enabled)
        {
            // A new stamp ends the user's open sessions at their next request.
            user.SecurityStamp = UserPasswords.NewSecurityStamp();
        }

        await SecurityStore.SaveUserAsync(session, user, cancellationToken);
        await session.CommitAsync(cancellationToken);
        TempData["Message"] = $"{user.UserName} is {(enabled ? "enabled" : "disabled")}.";
        return Redirect("/admin/users");
    }
}

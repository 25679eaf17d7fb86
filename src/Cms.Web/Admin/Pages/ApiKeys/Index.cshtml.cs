using Cms.Core.Security;
using Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.ApiKeys;

/// <summary>
/// API keys (ManageApiKeys): list, create (the key is shown in that one response and never again: only its hash
/// is stored), revoke.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly ApiKeyStore _keys;
    private readonly DocumentStore _store;
    private readonly AdminCaller _caller;
    private readonly TimeProvider _clock;

    public IndexModel(ApiKeyStore keys, DocumentStore store, AdminCaller caller, TimeProvider clock)
    {
        _keys = keys;
        _store = store;
        _caller = caller;
        _clock = clock;
    }

    public IReadOnlyList<ApiKeyRecord> Keys { get; private set; } = [];

    public IReadOnlyList<string> RoleNames { get; private set; } = [];

    /// <summary>The key just created, for this response only.</summary>
    public string? CreatedKey { get; private set; }

    public DateTime NowUtc => _clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? RoleName { get; set; }

    /// <summary>The key works until the start of this day (UTC); empty for no expiry.</summary>
    [BindProperty]
    public DateOnly? ExpiresOn { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageApiKeys))
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageApiKeys))
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        var name = Name?.Trim() ?? "";
        var role = RoleNames.FirstOrDefault(r => SystemRoles.NameComparer.Equals(r, RoleName?.Trim()));
        var expires = ExpiresOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (name.Length == 0)
        {
            ModelState.AddModelError(nameof(Name), "Name the key after what will use it.");
        }

        if (role is null)
        {
            ModelState.AddModelError(nameof(RoleName), $"Choose one of the roles (there is no role '{RoleName}').");
        }

        if (expires <= NowUtc)
        {
            ModelState.AddModelError(nameof(ExpiresOn), "The expiry date must be in the future.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        (_, CreatedKey) = await _keys.CreateAsync(name, role!, expires, cancellationToken);
        (Name, RoleName, ExpiresOn) = (null, null, null);
        // The key is in this page's HTML: no cache may keep a copy.
        Response.Headers.CacheControl = "no-store";
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageApiKeys))
        {
            return Forbid();
        }

        if (!await _keys.RevokeAsync(keyId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Message"] = $"API key {keyId} revoked.";
        return Redirect("/admin/api-keys");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Keys = await _keys.ListAsync(cancellationToken);
        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        RoleNames = (await SecurityStore.LoadRolesAsync(session, cancellationToken)).Select(r => r.Name).ToList();
    }
}

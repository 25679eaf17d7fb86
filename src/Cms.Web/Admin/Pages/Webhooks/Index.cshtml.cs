using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Core.Webhooks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Webhooks;

/// <summary>
/// Webhooks (ManageSettings): the registered receivers, a form to register or replace one by name, and removal. A
/// secret is never shown again once stored; leaving it empty when replacing keeps the stored one.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly DocumentStore _store;
    private readonly AdminCaller _caller;

    public IndexModel(DocumentStore store, AdminCaller caller)
    {
        _store = store;
        _caller = caller;
    }

    public IReadOnlyList<WebhookDefinition> Webhooks { get; private set; } = [];

    public IReadOnlyList<string> ContentTypeNames => _caller.Definitions.Types.Select(t => t.Name).ToList();

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The form's <c>Url</c> field (PageModel already has a member of that name).</summary>
    [BindProperty(Name = "Url")]
    public string? Address { get; set; }

    [BindProperty]
    public List<string> Events { get; set; } = [];

    [BindProperty]
    public List<string> ContentTypes { get; set; } = [];

    [BindProperty]
    public string? Secret { get; set; }

    [BindProperty]
    public bool Enabled { get; set; } = true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageSettings))
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageSettings))
        {
            return Forbid();
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        var name = Name?.Trim() ?? "";
        var stored = name.Length > 0 ? await WebhookStore.FindAsync(session, name, cancellationToken) : null;
        var webhook = new WebhookDefinition
        {
            Name = name, Url = Address?.Trim() ?? "", Events = Events, ContentTypes = ContentTypes, Enabled = Enabled,
            Secret = string.IsNullOrEmpty(Secret) ? stored?.Secret ?? "" : Secret,
        };
        foreach (var (property, message) in webhook.Problems())
        {
            ModelState.AddModelError(property, message);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        await WebhookStore.SaveAsync(session, webhook, cancellationToken);
        await session.CommitAsync(cancellationToken);
        TempData["Message"] = $"Webhook '{name}' saved.";
        return Redirect("/admin/webhooks");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string name, CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageSettings))
        {
            return Forbid();
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        await WebhookStore.DeleteAsync(session, name, cancellationToken);
        await session.CommitAsync(cancellationToken);
        TempData["Message"] = $"Webhook '{name}' removed; deliveries still owed to it are marked failed.";
        return Redirect("/admin/webhooks");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        Webhooks = await WebhookStore.LoadAsync(session, cancellationToken);
    }
}

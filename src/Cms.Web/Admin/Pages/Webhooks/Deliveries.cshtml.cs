using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Core.Webhooks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Webhooks;

/// <summary>A webhook's delivery log (ManageSettings): the latest deliveries with their status, response and time, and "redeliver".</summary>
public sealed class DeliveriesModel : PageModel
{
    private const int Shown = 200;
    private readonly DocumentStore _store;
    private readonly AdminCaller _caller;
    private readonly TimeProvider _clock;

    public DeliveriesModel(DocumentStore store, AdminCaller caller, TimeProvider clock)
    {
        _store = store;
        _caller = caller;
        _clock = clock;
    }

    public string Name { get; private set; } = "";

    public IReadOnlyList<WebhookDelivery> Deliveries { get; private set; } = [];

    public SiteTime Time { get; private set; } = SiteTime.Utc;

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageSettings))
        {
            return Forbid();
        }

        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        if (await WebhookStore.FindAsync(session, name, cancellationToken) is null)
        {
            return NotFound();
        }

        Name = name;
        Time = await SiteTime.LoadAsync(session, cancellationToken);
        Deliveries = await WebhookOutbox.ListAsync(session, name, Shown, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRedeliverAsync(string name, long id, CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageSettings))
        {
            return Forbid();
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        if (!await WebhookOutbox.RedeliverAsync(session, name, id, _clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return NotFound();
        }

        await session.CommitAsync(cancellationToken);
        TempData["Message"] = $"Delivery {id} will be sent again within a few seconds.";
        return Redirect($"/admin/webhooks/{Uri.EscapeDataString(name)}/deliveries");
    }
}

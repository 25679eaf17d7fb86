using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Trash;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Cms.Web.Admin.Pages.Trash;

/// <summary>
/// Deleted items that can still be restored, with when and by whom and how long they have left. An editor sees and
/// restores only the items they could have deleted (Delete on the type, or on their own items).
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly ContentStore _content;
    private readonly AdminCaller _caller;

    public IndexModel(ContentStore content, AdminCaller caller, IOptions<TrashOptions> options)
    {
        _content = content;
        _caller = caller;
        RetentionDays = options.Value.RetentionDays;
    }

    public int RetentionDays { get; }

    public IReadOnlyList<TrashEntry> Entries { get; private set; } = [];

    public SiteTime Time { get; private set; } = SiteTime.Utc;

    public string TypeName(TrashEntry entry) => _caller.Definitions.FindType(entry.ContentType)?.DisplayName ?? entry.ContentType;

    public DateTime PurgeUtc(TrashEntry entry) => entry.DeletedUtc.AddDays(RetentionDays);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var session = await _content.Documents.OpenReadSessionAsync(cancellationToken);
        Time = await SiteTime.LoadAsync(session, cancellationToken);
        Entries = (await ContentTrash.ListAsync(session, cancellationToken))
            .Where(e => _caller.Can(ContentAction.Delete, e.ContentType, e.Owner))
            .ToList();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = await _content.OpenSessionAsync(_caller.Actor, cancellationToken);
        var entry = await ContentTrash.FindAsync(session.Reader, id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        if (!_caller.Can(ContentAction.Delete, entry.ContentType, entry.Owner))
        {
            return Forbid();
        }

        var name = entry.DisplayText ?? entry.ContentItemId;
        try
        {
            await ContentTrash.RestoreAsync(session, id, cancellationToken);
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (ContentValidationException validation)
        {
            // Typically its permalink or alias was given to another item meanwhile.
            TempData["Error"] = $"'{name}' was not restored: {string.Join(" ", validation.Errors.Select(e => e.Message))}";
            return Redirect("/admin/trash");
        }

        TempData["Message"] = $"'{name}' was restored as a draft, with its history. Publish it when it is ready.";
        return Redirect($"/admin/contents/{Uri.EscapeDataString(id)}/edit");
    }
}

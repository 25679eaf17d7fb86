using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// An item's versions (who, when, published or not), one version read-only, and restoring it as the new draft. The
/// caller needs Edit on the latest version and on every version shown or restored (its own type and owner).
/// </summary>
public sealed class VersionsModel : PageModel
{
    private readonly ContentStore _content;
    private readonly AdminCaller _caller;

    public VersionsModel(ContentStore content, AdminCaller caller)
    {
        _content = content;
        _caller = caller;
    }

    public string Id { get; private set; } = "";

    public string Title { get; private set; } = "";

    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    public ContentDisplay? Selected { get; private set; }

    public string? SelectedVersionId { get; private set; }

    public int SelectedNumber { get; private set; }

    public bool CanRestore { get; private set; }

    /// <summary>What the selected version changed, against the version before it.</summary>
    public ContentComparison? Changes { get; private set; }

    public SiteTime Time { get; private set; } = SiteTime.Utc;

    /// <summary>"Published", "Draft" (the latest, unpublished) or nothing for an earlier version: the words the editor uses.</summary>
    public static string? StateOf(ContentItem version) => version.Published ? "Published" : version.Latest ? "Draft" : null;

    public async Task<IActionResult> OnGetAsync(string id, string? versionId, CancellationToken cancellationToken)
    {
        await using var session = await _content.OpenReadSessionAsync(cancellationToken);
        var all = await session.ListContentItemVersionsAsync(id, cancellationToken);
        var latest = all.FirstOrDefault(v => v.Latest) ?? (all.Count > 0 ? all[^1] : null);
        if (latest is null)
        {
            return NotFound();
        }

        if (!_caller.Can(ContentAction.Edit, latest))
        {
            return Forbid();
        }

        // Each version is judged by its own type and owner: a version the caller may not edit (an item handed over by
        // another owner) is not listed, and asking for it by id is refused.
        Versions = all.Where(v => _caller.Can(ContentAction.Edit, v)).ToList();
        if (versionId is not null && all.Any(v => v.ContentItemVersionId == versionId) && !Versions.Any(v => v.ContentItemVersionId == versionId))
        {
            return Forbid();
        }

        Id = id;
        Title = latest.DisplayText ?? id;
        CanRestore = true;
        Time = await SiteTime.LoadAsync(session, cancellationToken);
        var index = Versions.ToList().FindIndex(v => v.ContentItemVersionId == versionId);
        if (index >= 0)
        {
            Selected = await ContentDisplay.LoadAsync(session, Versions[index], _caller, Time, cancellationToken);
            SelectedVersionId = versionId;
            SelectedNumber = index + 1;
            var previous = index > 0 ? await ContentDisplay.LoadAsync(session, Versions[index - 1], _caller, Time, cancellationToken) : null;
            Changes = ContentComparison.Between(index > 0 ? $"Version {index}" : "Before", previous, $"Version {index + 1}", Selected);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, string versionId, CancellationToken cancellationToken)
    {
        await using var session = await _content.OpenSessionAsync(_caller.Actor, cancellationToken);
        var latest = await session.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        if (!_caller.Can(ContentAction.Edit, latest))
        {
            return Forbid();
        }

        var version = await session.GetVersionAsync(versionId, cancellationToken);
        if (version is null || version.ContentItemId != id)
        {
            return NotFound();
        }

        if (!_caller.Can(ContentAction.Edit, version))
        {
            return Forbid();
        }

        await session.RestoreAsync(versionId, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "The version was restored as the new draft.";
        return Redirect($"/admin/contents/{id}/edit");
    }
}

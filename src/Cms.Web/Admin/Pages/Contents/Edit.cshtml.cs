using System.Security.Claims;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Parts.PreviewPart;
using Cms.Core.Storage;
using Cms.Core.Trash;
using Cms.Web.Preview;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// Edits the latest version. Saving a published item makes a new draft (Orchard's DraftRequired). The form
/// carries the version it was opened on: if another editor saved since, nothing is written and the editor
/// is told, with a link to reload.
/// </summary>
public sealed class EditModel : ContentEditorPage
{
    private readonly PreviewTokens _previewTokens;

    public EditModel(ContentStore content, AdminCaller caller, PreviewTokens previewTokens)
        : base(content, caller)
    {
        _previewTokens = previewTokens;
    }

    [BindProperty]
    public string? VersionId { get; set; }

    [BindProperty]
    public long DocumentVersion { get; set; }

    /// <summary>Set when the item does not exist (deleted or never created): the page says so instead of the editor.</summary>
    public MissingContent? Missing { get; private set; }

    public SiteTime Time { get; private set; } = SiteTime.Utc;

    /// <summary>The published version when the latest is a draft beside it (for the side-by-side view).</summary>
    public bool HasPublishedBesideDraft { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = await Store.Documents.OpenReadSessionAsync(cancellationToken);
        if (await LoadAsync(session, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        VersionId = Item.ContentItemVersionId;
        DocumentVersion = Item.DocumentVersion;
        await BuildEditorAsync(session, stored: true, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? submit, string? bagAction, CancellationToken cancellationToken)
    {
        await using var session = await Store.OpenSessionAsync(Caller.Actor, cancellationToken);
        if (await LoadAsync(session.Reader, id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Item.ContentItemVersionId != VersionId || Item.DocumentVersion != DocumentVersion)
        {
            return await ConflictAsync(session, cancellationToken);
        }

        if (bagAction is not null)
        {
            Bind();
            ApplyBagAction(bagAction);
            await BuildEditorAsync(session.Reader, stored: true, cancellationToken);
            return Page();
        }

        var publish = submit == "publish" || !Type.TypeSettings.Draftable;
        if (publish && !CanPublish)
        {
            return Forbid();
        }

        var submitted = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            Item = (await session.GetAsync(id, VersionOptions.DraftRequired, cancellationToken))!;
            Bind();
            submitted = SanitizerNotice.Collect(Item.Content);
            await session.UpdateAsync(Item, cancellationToken);
            if (publish)
            {
                await session.PublishAsync(Item, cancellationToken);
            }

            await session.SaveChangesAsync(cancellationToken);
        }
        catch (ContentValidationException validation)
        {
            AddErrors(validation);
            await using var read = await Store.Documents.OpenReadSessionAsync(cancellationToken);
            await BuildEditorAsync(read, stored: true, cancellationToken);
            return Page();
        }
        catch (StoreConcurrencyException)
        {
            return await ConflictAsync(session, cancellationToken);
        }

        TempData["Message"] = (publish ? $"{Type.DisplayName} published." : $"{Type.DisplayName} draft saved.")
            + SanitizerNotice.Describe(submitted, SanitizerNotice.Collect(Item.Content));
        return Redirect($"/admin/contents/{id}/edit");
    }

    public Task<IActionResult> OnPostUnpublishAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentAction.Publish, (session, item) => session.UnpublishAsync(item, cancellationToken), "unpublished", cancellationToken);

    public Task<IActionResult> OnPostDiscardDraftAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentAction.Edit, (session, item) => session.DiscardDraftAsync(item, cancellationToken), "draft discarded", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(id, ContentAction.Delete, (session, item) => session.RemoveAsync(item, cancellationToken), "moved to the trash", cancellationToken, "/admin/contents");

    public async Task<IActionResult> OnPostCloneAsync(string id, CancellationToken cancellationToken)
    {
        await using var session = await Store.OpenSessionAsync(Caller.Actor, cancellationToken);
        var item = await session.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (!Caller.Can(ContentAction.Clone, item))
        {
            return Forbid();
        }

        var clone = await session.CloneAsync(item, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        TempData["Message"] = "Cloned: this is the copy, saved as a draft.";
        return Redirect($"/admin/contents/{clone.ContentItemId}/edit");
    }

    private async Task<IActionResult> ActAsync(
        string id, ContentAction action, Func<ContentSession, ContentItem, Task> act, string done, CancellationToken cancellationToken, string? redirect = null)
    {
        await using var session = await Store.OpenSessionAsync(Caller.Actor, cancellationToken);
        var item = await session.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (!Caller.Can(action, item))
        {
            return Forbid();
        }

        await act(session, item);
        await session.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"{item.DisplayText ?? item.ContentType}: {done}.";
        return Redirect(redirect ?? $"/admin/contents/{id}/edit");
    }

    /// <summary>
    /// An old link to an item that is gone: a page saying so (404), pointing at the trash when the item waits there and
    /// the caller could restore it, rather than a bare error.
    /// </summary>
    private async Task<IActionResult> MissingAsync(SqlSession session, string id, CancellationToken cancellationToken)
    {
        var trashed = await ContentTrash.FindAsync(session, id, cancellationToken);
        Missing = new MissingContent(id, trashed is not null && Caller.Can(ContentAction.Delete, trashed.ContentType, trashed.Owner) ? trashed : null);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    private async Task<IActionResult> ConflictAsync(ContentSession session, CancellationToken cancellationToken)
    {
        var latest = Item;
        Conflict = $"{latest.Author ?? "Someone"} saved this item at {latest.ModifiedUtc:yyyy-MM-dd HH:mm:ss} UTC, after you opened it. "
            + "Your changes were not saved; they are still in the form below. Reload to see the other changes, then apply yours again.";
        Bind();
        await BuildEditorAsync(session.Reader, stored: true, cancellationToken);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(SqlSession session, string id, CancellationToken cancellationToken)
    {
        var item = await session.GetContentItemAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || Caller.Definitions.FindType(item.ContentType) is not { } type)
        {
            return await MissingAsync(session, id, cancellationToken);
        }

        if (!Caller.Can(ContentAction.Edit, item))
        {
            return Forbid();
        }

        Item = item;
        Type = type;
        Stored = true;
        Time = await SiteTime.LoadAsync(session, cancellationToken);
        var published = item.Published ? item : await session.GetContentItemAsync(id, VersionOptions.Published, cancellationToken);
        HasPublishedBesideDraft = published is not null && !item.Published;
        CanSaveDraft = type.TypeSettings.Draftable;
        CanPublish = Caller.Can(ContentAction.Publish, item);
        CanUnpublish = published is not null && CanPublish;
        CanDiscardDraft = HasPublishedBesideDraft;
        CanClone = Caller.Can(ContentAction.Clone, item);
        CanDelete = Caller.Can(ContentAction.Delete, item);
        CanPreview = Caller.Can(ContentAction.Preview, item);

        // Issued only to an editor who may preview this item now; the token itself carries no roles.
        if (CanPreview && PreviewPartSettings.From(type) is { } previewInSite && Caller.Principal.UserId is { } userId)
        {
            var token = _previewTokens.Issue(item.ContentItemId, userId, HttpContext.User.FindFirstValue(CmsClaims.SecurityStampType));
            PreviewInSiteUrl = previewInSite.RenderUrl(item, token);
        }

        return null;
    }
}

using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Taxonomies;

/// <summary>
/// A taxonomy's terms: add (at the root or under a term), rename, reorder, delete. Each change is saved as
/// a new version of the Taxonomy item like any edit, and published when the editor may publish it.
/// </summary>
public sealed class TermsModel : PageModel
{
    private readonly ContentStore _content;
    private readonly AdminCaller _caller;

    public TermsModel(ContentStore content, AdminCaller caller)
    {
        _content = content;
        _caller = caller;
    }

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public ContentItem? Taxonomy { get; private set; }

    public IReadOnlyList<TaxonomyTerms.Term> Terms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await using var session = await _content.Documents.OpenReadSessionAsync(cancellationToken);
        Taxonomy = await session.GetContentItemAsync(Id, VersionOptions.Latest, cancellationToken);
        if (Taxonomy is null || Taxonomy.ContentType != "Taxonomy")
        {
            return NotFound();
        }

        if (!_caller.Can(ContentAction.Edit, Taxonomy))
        {
            return Forbid();
        }

        Terms = TaxonomyTerms.Flatten(Taxonomy);
        return Page();
    }

    public Task<IActionResult> OnPostAddAsync(string title, string? parentId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(title)
            ? Task.FromResult<IActionResult>(Fail("Enter the new term's title."))
            : ChangeAsync(item => TaxonomyTerms.Add(item, title.Trim(), parentId), $"Term “{title.Trim()}” added.", cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(string termId, string title, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(title)
            ? Task.FromResult<IActionResult>(Fail("A term needs a title."))
            : ChangeAsync(item => TaxonomyTerms.Rename(item, termId, title.Trim()) ? null : Gone, $"Term renamed to “{title.Trim()}”.", cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(string termId, int delta, CancellationToken cancellationToken) =>
        ChangeAsync(item => TaxonomyTerms.Move(item, termId, delta) ? null : "The term cannot move further.", "Terms reordered.", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(string termId, CancellationToken cancellationToken) =>
        ChangeAsync(item => TaxonomyTerms.Delete(item, termId) ? null : Gone, "Term deleted.", cancellationToken);

    private const string Gone = "The term no longer exists.";

    private async Task<IActionResult> ChangeAsync(Func<ContentItem, string?> change, string message, CancellationToken cancellationToken)
    {
        await using var session = await _content.OpenSessionAsync(_caller.Actor, cancellationToken);
        var latest = await session.GetAsync(Id, VersionOptions.Latest, cancellationToken);
        if (latest is null || latest.ContentType != "Taxonomy")
        {
            return NotFound();
        }

        if (!_caller.Can(ContentAction.Edit, latest))
        {
            return Forbid();
        }

        var item = (await session.GetAsync(Id, VersionOptions.DraftRequired, cancellationToken))!;
        if (change(item) is { } problem)
        {
            return Fail(problem);
        }

        var publish = _caller.Can(ContentAction.Publish, item);
        try
        {
            await session.UpdateAsync(item, cancellationToken);
            if (publish)
            {
                await session.PublishAsync(item, cancellationToken);
            }

            await session.SaveChangesAsync(cancellationToken);
        }
        catch (ContentValidationException validation)
        {
            return Fail(validation.Message);
        }
        catch (StoreConcurrencyException)
        {
            return Fail("Someone else changed this taxonomy at the same time; reload and try again.");
        }

        TempData["Message"] = publish ? message : message + " Saved as a draft.";
        return Redirect($"/admin/taxonomies/{Id}");
    }

    private RedirectResult Fail(string error)
    {
        TempData["Error"] = error;
        return Redirect($"/admin/taxonomies/{Id}");
    }
}

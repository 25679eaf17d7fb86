using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Taxonomies;

/// <summary>The Taxonomy items the caller may edit, with their term counts.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ContentStore _content;
    private readonly AdminCaller _caller;

    public IndexModel(ContentStore content, AdminCaller caller)
    {
        _content = content;
        _caller = caller;
    }

    public IReadOnlyList<ContentItem> Taxonomies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (_caller.Definitions.FindType("Taxonomy") is null || !_caller.CanAny(ContentAction.Edit, "Taxonomy"))
        {
            return Forbid();
        }

        await using var session = await _content.Documents.OpenReadSessionAsync(cancellationToken);
        var items = await session.QueryAsync(new ContentQuery { ContentTypes = ["Taxonomy"], Status = ContentStatus.Latest }, cancellationToken);
        Taxonomies = items.Where(i => _caller.Can(ContentAction.Edit, i)).OrderBy(i => i.DisplayText, StringComparer.OrdinalIgnoreCase).ToList();
        return Page();
    }
}

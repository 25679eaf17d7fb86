using Cms.Core.Content;
using Cms.Core.Querying;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>The content picker's search-as-you-type: items of the allowed types the caller may see, by display text.</summary>
public sealed class PickerModel : PageModel
{
    private readonly ContentStore _content;
    private readonly AdminCaller _caller;

    public PickerModel(ContentStore content, AdminCaller caller)
    {
        _content = content;
        _caller = caller;
    }

    public async Task<IActionResult> OnGetAsync(string? types, string? q, CancellationToken cancellationToken)
    {
        if (q?.Length > ContentListSearch.MaxLength)
        {
            return BadRequest(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The search is too long.",
                Detail = $"The query parameter 'q' is {q.Length:N0} characters long; the limit is {ContentListSearch.MaxLength:N0}.",
            });
        }

        var allowed = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var candidates = allowed.Length > 0
            ? allowed.Where(t => _caller.Definitions.FindType(t) is not null)
            : _caller.Definitions.Types.Select(t => t.Name);
        if (ContentVisibilityFilter.For(_caller, candidates, ownOnly: false) is not { } visible)
        {
            return new JsonResult(Array.Empty<object>());
        }

        var where = string.IsNullOrWhiteSpace(q)
            ? visible
            : ContentFilter.And(visible, ContentFilter.Where(ContentColumn.Metadata("DisplayText"), FilterOperator.Contains, q.Trim()));
        await using var session = await _content.Documents.OpenReadSessionAsync(cancellationToken);
        var items = await session.QueryAsync(new ContentQuery
        {
            Status = ContentStatus.Latest,
            Where = where,
            OrderBy = [new ContentOrder(ContentColumn.Metadata("DisplayText"))],
            Take = 20,
        }, cancellationToken);
        return new JsonResult(items.Select(i => new { contentItemId = i.ContentItemId, displayText = i.DisplayText ?? i.ContentItemId, contentType = i.ContentType }));
    }
}

using Cms.Core.Querying;
using Microsoft.AspNetCore.WebUtilities;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// The list's filter controls. They are GET parameters, so a filtered, sorted list is a link to share; the status and
/// sort controls are the typed syntax's own terms (status:, sort:), and a term typed in the search box wins over them.
/// </summary>
public sealed partial class IndexModel
{
    private const string Me = "me";

    /// <summary>This list's link with some parameters changed (null keeps one, "" drops it); paging restarts unless given.</summary>
    public string Link(string? sort = null, string? dir = null, string? page = "", string? after = "", string? before = "")
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = Search,
            ["type"] = TypeName,
            ["status"] = StatusFilter,
            ["owner"] = OwnerFilter,
            ["term"] = TermFilter,
            ["sort"] = sort ?? SortFilter,
            ["dir"] = dir ?? Direction,
            ["size"] = SizeFilter,
            ["p"] = page,
            ["after"] = after,
            ["before"] = before,
        };
        return QueryHelpers.AddQueryString("/admin/contents", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    /// <summary>Where the bulk form posts: the list's filters stay, so the list comes back as it was.</summary>
    public string BulkAction => QueryHelpers.AddQueryString(Link(), "handler", "Bulk");

    /// <summary>The header link of a column: sorted by it, the other way round when it already is.</summary>
    public string SortLink(string column) =>
        SortedBy.Column == column ? Link(sort: column, dir: SortedBy.Descending ? "asc" : "desc") : Link(sort: column, dir: "");

    public string? AriaSort(string column) =>
        SortedBy.Column == column ? (SortedBy.Descending ? "descending" : "ascending") : null;

    private string ControlTokens() =>
        string.Join(' ', new[] { StatusFilter is { Length: > 0 } s ? $"status:{s}" : null, SortFilter is { Length: > 0 } o ? $"sort:{o}" : null }.OfType<string>());

    /// <summary>Each control value that is not one it offers, naming the parameter; sets the page size.</summary>
    private List<string> CheckControls()
    {
        var errors = new List<string>();
        PageSize = _pageSize;
        if (SizeFilter is { Length: > 0 })
        {
            if (int.TryParse(SizeFilter, out var size) && ContentListControls.PageSizes.Contains(size))
            {
                PageSize = size;
            }
            else
            {
                errors.Add($"The page size (size) '{SizeFilter}' is not one of {string.Join(", ", ContentListControls.PageSizes)}.");
            }
        }

        if (Direction is { Length: > 0 } and not ("asc" or "desc"))
        {
            errors.Add($"The sort direction (dir) '{Direction}' is neither asc nor desc.");
        }

        if (StatusFilter is { Length: > 0 } && !ContentListControls.Statuses.Any(s => s.Value == StatusFilter))
        {
            errors.Add($"The status (status) '{StatusFilter}' is not draft, published or scheduled.");
        }

        return errors;
    }

    private ContentFilter? OwnerCondition() => OwnerFilter switch
    {
        null or "" => null,
        Me => ContentFilter.Where(ContentColumn.Metadata("Owner"), FilterOperator.Equals, _caller.Principal.UserId ?? ""),
        var userId => ContentFilter.Where(ContentColumn.Metadata("Owner"), FilterOperator.Equals, userId),
    };

    /// <summary>Items with a publish or archive time still to come (status:scheduled), soonest first, up to a thousand.</summary>
    private async Task<ContentFilter> ScheduledConditionAsync(Cms.Core.Storage.ReadSession session, CancellationToken cancellationToken)
    {
        var upcoming = await Cms.Core.Storage.ContentSchedules.UpcomingAsync(session, _clock.GetUtcNow().UtcDateTime, 1000, cancellationToken);
        var ids = upcoming.Select(s => s.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        return ContentFilter.Where(ContentColumn.Metadata("ContentItemId"), FilterOperator.In, ids);
    }

    private ContentFilter? TermCondition() =>
        TermFilter is { Length: > 0 } term ? ContentFilter.Where(ContentColumn.TaxonomyTerm(), FilterOperator.Equals, term) : null;
}

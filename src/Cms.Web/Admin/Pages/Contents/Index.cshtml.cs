using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Cms.Web.Admin.Pages.Contents;

public sealed partial class IndexModel : PageModel
{
    private readonly ContentStore _content;
    private readonly AdminCaller _caller;
    private readonly int _pageSize;
    private readonly TimeProvider _clock;

    public IndexModel(ContentStore content, AdminCaller caller, IOptions<AdminOptions> options, TimeProvider clock)
    {
        _content = content;
        _caller = caller;
        _clock = clock;
        _pageSize = options.Value.PageSize;
        PageSize = _pageSize;
    }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? TypeName { get; set; }

    /// <summary>The status control: draft or published; empty for the latest version of every item.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    /// <summary>The owner control: a user id, or "me".</summary>
    [BindProperty(SupportsGet = true, Name = "owner")]
    public string? OwnerFilter { get; set; }

    /// <summary>The taxonomy term control: a term's content item id.</summary>
    [BindProperty(SupportsGet = true, Name = "term")]
    public string? TermFilter { get; set; }

    /// <summary>The sorted column (modified, published, created, title), from a column header.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortFilter { get; set; }

    /// <summary>The sort direction, asc or desc; empty for the column's natural one (newest first, titles A to Z).</summary>
    [BindProperty(SupportsGet = true, Name = "dir")]
    public string? Direction { get; set; }

    [BindProperty(SupportsGet = true, Name = "size")]
    public string? SizeFilter { get; set; }

    public int PageSize { get; private set; }

    public ContentListControls Controls { get; private set; } = new();

    public SiteTime Time { get; private set; } = SiteTime.Utc;

    /// <summary>The column the list is sorted by and whether descending, for the headers' links and aria-sort.</summary>
    public (string Column, bool Descending) SortedBy { get; private set; } = ("modified", true);

    /// <summary>A type that exists, for the search box's example.</summary>
    public string ExampleType { get; private set; } = "Article";

    /// <summary>
    /// The page number shown; with a cursor it is only carried along, without one it is reached by skipping.
    /// The query key is "p": "page" is the route value Razor Pages reserves for the page's own path.
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Keyset cursor: the page starts after this row (the "Next" link).</summary>
    [BindProperty(SupportsGet = true, Name = "after")]
    public string? After { get; set; }

    /// <summary>Keyset cursor: the page ends before this row (the "Previous" link).</summary>
    [BindProperty(SupportsGet = true, Name = "before")]
    public string? Before { get; set; }

    public string? NextCursor { get; private set; }

    public string? PreviousCursor { get; private set; }

    public IReadOnlyList<ContentListRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<(string Name, string DisplayName)> CreatableTypes { get; private set; } = [];

    public IReadOnlyList<string> SearchErrors { get; private set; } = [];

    public string Heading { get; private set; } = "Content items";

    public bool CanBulkPublish { get; private set; }

    public bool CanBulkDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // No separate ListContent gate: an Author lists exactly the items they may view (their own), as the filter below says.
        await using var session = await _content.Documents.OpenReadSessionAsync(cancellationToken);
        await using (var shared = await _content.Documents.OpenSharedReadSessionAsync(cancellationToken))
        {
            // The controls only read the taxonomies: parsed once per stored version, as GraphQL reads them.
            Controls = await ContentListControls.LoadAsync(shared, _caller, cancellationToken);
        }

        Time = await SiteTime.LoadAsync(session, cancellationToken);
        ExampleType = Controls.Types.Count > 0 ? Controls.Types[0].Name : ExampleType;
        var search = ContentListSearch.Parse(Search, ControlTokens());
        var errors = search.Errors.Concat(CheckControls()).ToList();
        SearchErrors = errors;
        if (search.Refused || errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var typeName = search.ContentType ?? TypeName;
        var types = typeName is { Length: > 0 }
            ? _caller.Definitions.Types.Where(t => string.Equals(t.Name, typeName, StringComparison.OrdinalIgnoreCase)).ToList()
            : _caller.Definitions.Types.Where(t => t.TypeSettings.Listable).ToList();
        if (typeName is { Length: > 0 } && types.Count == 1)
        {
            Heading = types[0].DisplayName;
        }

        CreatableTypes = (types.Count == 1 ? types : _caller.Definitions.Types.Where(t => t.TypeSettings.Creatable))
            .Where(t => _caller.Can(ContentAction.Edit, t.Name, _caller.Principal.UserId))
            .Select(t => (t.Name, t.DisplayName)).ToList();
        CanBulkPublish = types.Any(t => _caller.CanAny(ContentAction.Publish, t.Name));
        CanBulkDelete = types.Any(t => _caller.CanAny(ContentAction.Delete, t.Name));

        var visible = ContentVisibilityFilter.For(_caller, types.Select(t => t.Name), search.OwnOnly,
            search.Status == ContentStatus.Published ? ContentAction.View : ContentAction.Preview);
        if (visible is null)
        {
            return Page();
        }

        var scheduled = search.Scheduled ? await ScheduledConditionAsync(session, cancellationToken) : null;
        var where = ContentFilter.And([visible, .. new[] { search.TextFilter(), OwnerCondition(), TermCondition(), scheduled }.OfType<ContentFilter>()]);
        PageNumber = Math.Max(1, PageNumber);
        if (search.RanksByRelevance && Direction is not ("asc" or "desc"))
        {
            // The words are the ranked query itself, so only the other conditions are passed with it.
            await RankedPageAsync(session, search,
                ContentFilter.And([visible, .. new[] { OwnerCondition(), TermCondition() }.OfType<ContentFilter>()]), cancellationToken);
            return Page();
        }

        var order = Direction is "asc" or "desc" ? search.Order.Select(o => o with { Descending = Direction == "desc" }).ToList() : search.Order;
        SortedBy = (search.Sort, order[0].Descending);
        var counted = new ContentQuery { Status = search.Status, Where = where, OrderBy = order };
        var items = await PageAsync(session, counted, cancellationToken);
        Total = await session.CountAsync(counted, cancellationToken);
        var published = await session.GetContentItemsAsync(
            items.Where(i => !i.Published).Select(i => i.ContentItemId).ToList(), VersionOptions.Published, cancellationToken);
        Rows = items.Select(i => ContentListRow.From(i, published.ContainsKey(i.ContentItemId), _caller,
            _caller.Definitions.FindType(i.ContentType)?.DisplayName ?? i.ContentType)).ToList();
        return Page();
    }

    /// <summary>
    /// One page by keyset: after a cursor (next), before one (previous: the reversed order after it, turned
    /// back), or by skipping when a page number comes without a cursor. Costs the same at any depth with a cursor.
    /// </summary>
    private async Task<IReadOnlyList<ContentItem>> PageAsync(Cms.Core.Storage.ReadSession session, ContentQuery query, CancellationToken cancellationToken)
    {
        var keys = query.EffectiveOrder.Count;
        var before = ContentCursor.TryParse(Before, keys);
        var after = before is null ? ContentCursor.TryParse(After, keys) : null;
        var page = new ContentQuery
        {
            Status = query.Status,
            Where = query.Where,
            OrderBy = before is null ? query.EffectiveOrder : [.. query.EffectiveOrder.Select(o => o with { Descending = !o.Descending })],
            After = before ?? after,
            Skip = before is null && after is null ? (PageNumber - 1) * PageSize : 0,
            Take = PageSize + 1,
        };
        var rows = (await session.QueryPageAsync(page, cancellationToken)).ToList();
        var more = rows.Count > PageSize;
        rows = rows.Take(PageSize).ToList();
        if (before is not null)
        {
            rows.Reverse();
        }

        if (rows.Count > 0)
        {
            // Going back there is always a next page (the one we came from); going forward, one more row says so.
            NextCursor = before is not null || more ? rows[^1].Cursor.ToString() : null;
            PreviousCursor = PageNumber > 1 && (before is null || more) ? rows[0].Cursor.ToString() : null;
        }

        if (before is not null && !more)
        {
            PageNumber = 1;
        }

        return rows.Select(r => r.Item).ToList();
    }

    public async Task<IActionResult> OnPostBulkAsync(string bulkAction, string[] itemIds, CancellationToken cancellationToken)
    {
        var done = 0;
        var refused = 0;
        await using (var session = await _content.OpenSessionAsync(_caller.Actor, cancellationToken))
        {
            foreach (var id in itemIds.Distinct(StringComparer.Ordinal))
            {
                var item = await session.GetAsync(id, VersionOptions.Latest, cancellationToken);
                if (item is null)
                {
                    continue;
                }

                var action = bulkAction == "delete" ? ContentAction.Delete : ContentAction.Publish;
                if (!_caller.Can(action, item))
                {
                    refused++;
                    continue;
                }

                await (bulkAction switch
                {
                    "publish" => session.PublishAsync(item, cancellationToken),
                    "unpublish" => session.UnpublishAsync(item, cancellationToken),
                    "delete" => session.RemoveAsync(item, cancellationToken),
                    _ => Task.CompletedTask,
                });
                done++;
            }

            await session.SaveChangesAsync(cancellationToken);
        }

        TempData["Message"] = $"{done} item(s) {BulkVerb(bulkAction)}." + (refused > 0 ? $" {refused} skipped: you may not do that to them." : "");
        return Redirect($"/admin/contents{Request.QueryString}");
    }

    private static string BulkVerb(string action) => action switch
    {
        "publish" => "published",
        "unpublish" => "unpublished",
        "delete" => "moved to the trash",
        _ => "unchanged",
    };
}

using Cms.Core.Content;
using Cms.Core.Querying;
using Cms.Web.Admin.Pages.Contents;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages;

/// <summary>The dashboard: counts per type, recent changes and drafts waiting, all limited to what the caller may see.</summary>
public sealed class IndexModel : PageModel
{
    private readonly ContentStore _content;
    private readonly AdminCaller _caller;

    private readonly TimeProvider _clock;

    public IndexModel(ContentStore content, AdminCaller caller, TimeProvider clock)
    {
        _content = content;
        _caller = caller;
        _clock = clock;
    }

    public IReadOnlyList<(string Name, string DisplayName, int Count)> Counts { get; private set; } = [];

    public IReadOnlyList<ContentListRow> Recent { get; private set; } = [];

    public IReadOnlyList<ContentListRow> Drafts { get; private set; } = [];

    /// <summary>Items that publish or unpublish by themselves soon, soonest first.</summary>
    public IReadOnlyList<ContentListRow> Scheduled { get; private set; } = [];

    public SiteTime Time { get; private set; } = SiteTime.Utc;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var session = await _content.Documents.OpenReadSessionAsync(cancellationToken);
        var counts = new List<(string, string, int)>();
        foreach (var type in _caller.Definitions.Types.Where(t => t.TypeSettings.Listable))
        {
            if (ContentVisibilityFilter.For(_caller, [type.Name], ownOnly: false) is { } visible)
            {
                counts.Add((type.Name, type.DisplayName,
                    await session.CountAsync(new ContentQuery { Status = ContentStatus.Latest, Where = visible }, cancellationToken)));
            }
        }

        Counts = counts;
        var all = ContentVisibilityFilter.For(_caller, _caller.Definitions.Types.Where(t => t.TypeSettings.Listable).Select(t => t.Name), ownOnly: false);
        if (all is null)
        {
            return;
        }

        var modified = new[] { new ContentOrder(ContentColumn.Metadata("ModifiedUtc"), Descending: true) };
        Recent = await RowsAsync(session, new ContentQuery { Status = ContentStatus.Latest, Where = all, OrderBy = modified, Take = 8 }, cancellationToken);
        Drafts = await RowsAsync(session, new ContentQuery { Status = ContentStatus.Draft, Where = all, OrderBy = modified, Take = 8 }, cancellationToken);
        Time = await SiteTime.LoadAsync(session, cancellationToken);
        Scheduled = await ScheduledAsync(session, all, cancellationToken);
    }

    private async Task<IReadOnlyList<ContentListRow>> ScheduledAsync(
        Cms.Core.Storage.ReadSession session, ContentFilter visible, CancellationToken cancellationToken)
    {
        var upcoming = await Cms.Core.Storage.ContentSchedules.UpcomingAsync(session, _clock.GetUtcNow().UtcDateTime, 8, cancellationToken);
        var ids = upcoming.Select(s => s.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var where = ContentFilter.And(visible, ContentFilter.Where(ContentColumn.Metadata("ContentItemId"), FilterOperator.In, ids));
        var rows = await RowsAsync(session, new ContentQuery { Status = ContentStatus.Latest, Where = where, Take = 8 }, cancellationToken);
        var published = await RowsAsync(session, new ContentQuery { Status = ContentStatus.Published, Where = where, Take = 8 }, cancellationToken);
        return rows.Concat(published.Where(p => p.ScheduledArchiveUtc is not null && !rows.Any(r => r.ContentItemId == p.ContentItemId && r.ScheduledArchiveUtc is not null)))
            .Where(r => r.ScheduledPublishUtc is not null || r.ScheduledArchiveUtc is not null)
            .OrderBy(r => r.ScheduledPublishUtc ?? r.ScheduledArchiveUtc)
            .ToList();
    }

    private async Task<IReadOnlyList<ContentListRow>> RowsAsync(Cms.Core.Storage.ReadSession session, ContentQuery query, CancellationToken cancellationToken) =>
        (await session.QueryAsync(query, cancellationToken))
            .Select(i => ContentListRow.From(i, false, _caller, _caller.Definitions.FindType(i.ContentType)?.DisplayName ?? i.ContentType))
            .ToList();
}

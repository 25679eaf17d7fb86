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

    public IndexModel(ContentStore content, AdminCaller caller)
    {
        _content = content;
        _caller = caller;
    }

    public IReadOnlyList<(string Name, string DisplayName, int Count)> Counts { get; private set; } = [];

    public IReadOnlyList<ContentListRow> Recent { get; private set; } = [];

    public IReadOnlyList<ContentListRow> Drafts { get; private set; } = [];

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
    }

    private async Task<IReadOnlyList<ContentListRow>> RowsAsync(Cms.Core.Storage.ReadSession session, ContentQuery query, CancellationToken cancellationToken) =>
        (await session.QueryAsync(query, cancellationToken))
            .Select(i => ContentListRow.From(i, false, _caller, _caller.Definitions.FindType(i.ContentType)?.DisplayName ?? i.ContentType))
            .ToList();
}

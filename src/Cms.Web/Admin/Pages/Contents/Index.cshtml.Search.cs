using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.Core.Storage;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// The list as a ranked search: words typed without a sort list the best matches first, each with the passage around
/// its matches. Relevance is no stable key, so these pages follow by number rather than by cursor.
/// </summary>
public sealed partial class IndexModel
{
    /// <summary>Stands for "another page" in the pager links of a ranked list, which pages by number.</summary>
    private const string RankedPage = "ranked";

    private async Task RankedPageAsync(ReadSession session, ContentListSearch search, ContentFilter where, CancellationToken cancellationToken)
    {
        var request = new ContentSearchRequest
        {
            Query = search.WordsQuery()!,
            Status = search.Status,
            Where = where,
            Skip = (PageNumber - 1) * PageSize,
            Take = PageSize + 1,
        };
        var hits = await ContentSearchReader.SearchAsync(session, request, cancellationToken);
        Total = await ContentSearchReader.CountAsync(session, request, cancellationToken);
        var page = hits.Take(PageSize).ToList();
        NextCursor = hits.Count > PageSize ? RankedPage : null;
        PreviousCursor = PageNumber > 1 ? RankedPage : null;
        var published = await session.GetContentItemsAsync(
            page.Where(h => !h.Item.Published).Select(h => h.Item.ContentItemId).ToList(), VersionOptions.Published, cancellationToken);
        Rows = page.Select(hit => ContentListRow.From(hit.Item, published.ContainsKey(hit.Item.ContentItemId), _caller,
            _caller.Definitions.FindType(hit.Item.ContentType)?.DisplayName ?? hit.Item.ContentType) with { Snippet = hit.Snippet }).ToList();
    }
}

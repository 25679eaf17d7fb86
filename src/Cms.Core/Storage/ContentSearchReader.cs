using System.Globalization;
using Cms.Core.Indexing;
using Cms.Core.Querying;

namespace Cms.Core.Storage;

/// <summary>
/// Ranked full-text search over a session: the page of matching versions (best first) that pass the item index
/// conditions of the request (status, types, the caller's row rule), their items, and a snippet of each.
/// </summary>
public static class ContentSearchReader
{
    public static async Task<IReadOnlyList<ContentSearchHit>> SearchAsync(
        SqlSession session, ContentSearchRequest request, CancellationToken cancellationToken)
    {
        var index = ContentSearchIndexes.For(session.Dialect);
        var parameters = new SqlParameters();
        var from = ContentQueryFrom.Build(request.AsContentQuery(), session.Dialect, parameters, forCount: true);
        var page = index.RankedPage(request.Query, request.Culture, from.Tables, from.Conditions, parameters, request.Skip, request.Take);
        var ranked = (await session.RowsAsync(page.Text, page.Parameters, cancellationToken))
            .Select(row => (DocumentId: Convert.ToInt64(row[0], CultureInfo.InvariantCulture), Score: Convert.ToDouble(row[1], CultureInfo.InvariantCulture)))
            .ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        var ids = ranked.Select(r => r.DocumentId).ToList();
        var items = (await session.LoadContentItemsAsync(
                $"i.DocumentId IN ({string.Join(", ", ids.Select((_, n) => $"@d{n}"))})",
                ids.Select((id, n) => ($"@d{n}", (object?)id)).ToList(), cancellationToken, orderBy: null))
            .ToDictionary(item => item.DocumentId);
        var snippets = await SnippetsAsync(session, index, request.Query, ids, cancellationToken);
        return ranked.Where(r => items.ContainsKey(r.DocumentId))
            .Select(r => new ContentSearchHit(items[r.DocumentId], r.Score, snippets.GetValueOrDefault(r.DocumentId, SearchSnippet.Empty)))
            .ToList();
    }

    /// <summary>How many versions the request matches over all pages.</summary>
    public static async Task<int> CountAsync(SqlSession session, ContentSearchRequest request, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        var from = ContentQueryFrom.Build(request.AsContentQuery(), session.Dialect, parameters, forCount: true);
        var count = ContentSearchIndexes.For(session.Dialect).Count(request.Query, request.Culture, from.Tables, from.Conditions, parameters);
        return Convert.ToInt32(await session.ScalarAsync(count.Text, count.Parameters, cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<Dictionary<long, SearchSnippet>> SnippetsAsync(
        SqlSession session, IContentSearchIndex index, SearchQuery query, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var sql = index.Snippets(query, ids, new SqlParameters());
        var snippets = new Dictionary<long, SearchSnippet>();
        foreach (var row in await session.RowsAsync(sql.Text, sql.Parameters, cancellationToken))
        {
            snippets[Convert.ToInt64(row[0], CultureInfo.InvariantCulture)] = Segments(row[1] as string ?? "");
        }

        return snippets;
    }

    /// <summary>Splits an engine's snippet at its match markers.</summary>
    internal static SearchSnippet Segments(string text)
    {
        var segments = new List<SearchSnippetSegment>();
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf(SearchableText.MatchStart, position);
            if (start < 0)
            {
                segments.Add(new SearchSnippetSegment(text[position..], IsMatch: false));
                break;
            }

            var end = text.IndexOf(SearchableText.MatchEnd, start + 1);
            end = end < 0 ? text.Length : end;
            if (start > position)
            {
                segments.Add(new SearchSnippetSegment(text[position..start], IsMatch: false));
            }

            segments.Add(new SearchSnippetSegment(text[(start + 1)..end], IsMatch: true));
            position = end + 1;
        }

        return new SearchSnippet(segments);
    }
}

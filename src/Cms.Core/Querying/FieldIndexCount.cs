using Cms.Core.Storage;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Querying;

/// <summary>
/// A count filtered by one field's values is answered from that field's value index alone: its rows carry the type and
/// the version's flags (they are written with the item's own row), and the index holds the flags after the value, so
/// the matching range is counted without reading one item row.
/// </summary>
internal static class FieldIndexCount
{
    public static string? TryBuild(ContentQuery query, ISqlDialect dialect, SqlParameters parameters)
    {
        if (query.ContentItemIds is not null || query.Where is not { } where)
        {
            return null;
        }

        var conditions = Conjuncts(where).Select(c => FieldJoin.Fits(c, query)).ToList();
        if (conditions.Count == 0 || conditions.Exists(c => c is null) || conditions.Select(c => c!.Column).Distinct().Count() != 1)
        {
            return null;
        }

        const string alias = "f";
        var flags = query.Status switch
        {
            ContentStatus.Published => $"{alias}.Published = 1",
            ContentStatus.Draft => StatusConditions.On(alias, StatusConditions.Draft),
            ContentStatus.Latest => $"{alias}.Latest = 1",
            _ => StatusConditions.On(alias, StatusConditions.All),
        };
        var filters = new ContentFilterSql(dialect, parameters);
        return $"SELECT COUNT(*) FROM {ForFieldValue(((FieldColumn)conditions[0]!.Column).Kind).Table} {alias} " +
               $"WHERE {FieldJoin.Where(alias, conditions!, query.ContentTypes[0], filters, parameters)} AND {flags}";
    }

    private static IEnumerable<ContentFilter> Conjuncts(ContentFilter filter) =>
        filter is AndFilter and ? and.Filters.SelectMany(Conjuncts) : [filter];
}

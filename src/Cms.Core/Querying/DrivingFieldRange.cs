using Cms.Core.Indexing;

namespace Cms.Core.Querying;

/// <summary>
/// A range on a field the page is not ordered by (<c>sentDate</c> within a month, ordered by title). Walking the ordering
/// index and probing each row for the range costs about (page rows) x (type rows / range rows) probes; starting from the
/// range in the field's value index and sorting what it holds costs its rows. Which is cheaper depends on how many rows
/// the range holds, so the store counts them first, up to a bound (<see cref="Storage.FieldRangeSelectivity"/>), and a
/// range under the bound drives: written as <c>i.DocumentId IN (SELECT ...)</c>, a list built once from the value index
/// that the planner looks the items up from. Never as a plain join: a planner walking another index could then scan the
/// range once per row it walks.
/// </summary>
internal sealed record DrivingFieldRange(FieldColumn Field, IReadOnlyList<ConditionFilter> Conditions)
{
    /// <summary>Rows a range may hold per row the page needs, and still drive.</summary>
    public const int RowsPerPageRow = 100;

    /// <summary>The range conditions of the first field that could drive this query, or null.</summary>
    public static DrivingFieldRange? Candidate(ContentQuery query)
    {
        if (query.ContentTypes.Count != 1 || query.ContentItemIds is not null || query.Where is not { } where)
        {
            return null;
        }

        var ranges = Conjuncts(where).OfType<ConditionFilter>().Where(c => IsRange(c, query)).ToList();
        return ranges.Count == 0 ? null : new DrivingFieldRange((FieldColumn)ranges[0].Column, ranges.FindAll(r => r.Column == ranges[0].Column));
    }

    /// <summary>How many rows the range may hold and still drive; null when it always drives (every row is returned).</summary>
    public static int? RowBound(ContentQuery query) => query.Take is { } take ? RowsPerPageRow * Math.Max(1, take + query.Skip) : null;

    public bool Holds(ContentFilter filter) => filter is ConditionFilter condition && Conditions.Contains(condition);

    public string InList(string alias, string contentType, ContentFilterSql filters, SqlParameters parameters) =>
        $"i.DocumentId IN (SELECT {alias}.DocumentId FROM {Storage.Tables.ForFieldValue(Field.Kind).Table} {alias} " +
        $"WHERE {FieldJoin.Where(alias, Conditions, contentType, filters, parameters)})";

    private static bool IsRange(ConditionFilter condition, ContentQuery query) =>
        condition is { Column: FieldColumn { Kind: not FieldValueKind.Text }, Value: not null } &&
        condition.Operator is FilterOperator.GreaterThan or FilterOperator.GreaterThanOrEqual
            or FilterOperator.LessThan or FilterOperator.LessThanOrEqual &&
        !OrderingFieldRange.Fits(condition, query);

    private static IEnumerable<ContentFilter> Conjuncts(ContentFilter filter) =>
        filter is AndFilter and ? and.Filters.SelectMany(Conjuncts) : [filter];
}

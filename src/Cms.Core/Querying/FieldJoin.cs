using Cms.Core.Indexing;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Querying;

/// <summary>
/// Field conditions written as a join on the field's value index, so the planner can start from the matching values
/// (a date, a recipient) instead of probing every row of another index for them. Conditions on the same field
/// share one join. Only where a join cannot repeat an item: one type queried (the value index
/// starts with it), and at most one matching index row per item: equality (a multi-valued field indexes each value
/// once), or a list of values on a kind that holds one value.
/// </summary>
internal static class FieldJoin
{
    public static ConditionFilter? Fits(ContentFilter filter, ContentQuery query)
    {
        if (query.ContentTypes.Count != 1 || filter is not ConditionFilter { Column: FieldColumn field } condition)
        {
            return null;
        }

        // Ranges stay EXISTS probes: as a join, a planner walking another index would probe the range for each row it
        // walks (a scan per row) instead of the field's row of that document.
        var fits = condition.Operator switch
        {
            FilterOperator.Equals => condition.Value is not null,
            FilterOperator.In => field.Kind != FieldValueKind.Text,
            _ => false,
        };
        return fits ? condition : null;
    }

    public static string On(string alias, IReadOnlyList<ConditionFilter> conditions, string contentType, ContentFilterSql filters, SqlParameters parameters) =>
        $" JOIN {ForFieldValue(((FieldColumn)conditions[0].Column).Kind).Table} {alias} ON {alias}.DocumentId = i.DocumentId AND " +
        Where(alias, conditions, contentType, filters, parameters);

    /// <summary>The field's index rows that match: type, part and field, then the value, in the value index's order.</summary>
    public static string Where(string alias, IReadOnlyList<ConditionFilter> conditions, string contentType, ContentFilterSql filters, SqlParameters parameters)
    {
        var field = (FieldColumn)conditions[0].Column;
        var value = $"{alias}.{ForFieldValue(field.Kind).Column}";
        return $"{alias}.ContentType = {parameters.Add(contentType)} AND {alias}.ContentPart = {parameters.Add(field.ContentPart)} " +
               $"AND {alias}.ContentField = {parameters.Add(field.ContentField)}" +
               string.Concat(conditions.Select(c => " AND " + filters.Compare(value, c.Operator, c.Value)));
    }
}

using Cms.Core.Indexing;

namespace Cms.Core.Querying;

/// <summary>
/// A range on the very field a page is ordered by (<c>sentDate_lt</c> with <c>orderBy: sentDate</c>) is written on the
/// ordering join itself, so the walk of the field's value index in order starts and stops at the range's bounds instead
/// of testing each row it passes with a probe. It is the same join, so there is no second index a planner could scan per
/// row of the first. Only where that join holds one row per item: one type queried, one ordering key, a kind holding one
/// value (a text field may hold several, and an item must match if any of them does). Counts keep the probe: they
/// have no ordering join.
/// </summary>
internal static class OrderingFieldRange
{
    public static bool Fits(ContentFilter filter, ContentQuery query) =>
        query.ContentTypes.Count == 1 &&
        query.EffectiveOrder is [{ Column: FieldColumn ordered }] &&
        filter is ConditionFilter { Column: FieldColumn field, Value: not null } condition &&
        field == ordered && field.Kind != FieldValueKind.Text &&
        condition.Operator is FilterOperator.GreaterThan or FilterOperator.GreaterThanOrEqual
            or FilterOperator.LessThan or FilterOperator.LessThanOrEqual;
}

using Cms.Core.Querying;

namespace Cms.GraphQL.Filters;

/// <summary>What one where-input field means in a <see cref="ContentQuery"/>.</summary>
internal abstract record WhereBinding;

/// <summary>A comparison on one indexed column.</summary>
internal sealed record ColumnWhereBinding(ContentColumn Column, FilterOperator Operator) : WhereBinding;

/// <summary>A nested input for a non-collapsed part (<c>price: { amount_gt: 10 }</c>).</summary>
internal sealed record NestedWhereBinding(WhereInputGraphType Type) : WhereBinding;

/// <summary>AND, OR or NOT over a list of inputs of the same type.</summary>
internal sealed record LogicalWhereBinding(LogicalOperator Operator) : WhereBinding;

/// <summary>A full-text search over the item's words (<c>search: "defenders -reprisals"</c>).</summary>
internal sealed record SearchWhereBinding : WhereBinding;

internal enum LogicalOperator
{
    And,
    Or,
    Not,
}

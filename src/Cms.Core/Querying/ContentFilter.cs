namespace Cms.Core.Querying;

/// <summary>A filter tree over content items: conditions combined with AND, OR and NOT.</summary>
public abstract record ContentFilter
{
    public static ContentFilter And(params ContentFilter[] filters) => new AndFilter(filters);

    public static ContentFilter Or(params ContentFilter[] filters) => new OrFilter(filters);

    public static ContentFilter Not(ContentFilter filter) => new NotFilter(filter);

    public static ContentFilter Where(ContentColumn column, FilterOperator op, object? value) =>
        new ConditionFilter(column, op, value);
}

public sealed record AndFilter(IReadOnlyList<ContentFilter> Filters) : ContentFilter;

public sealed record OrFilter(IReadOnlyList<ContentFilter> Filters) : ContentFilter;

public sealed record NotFilter(ContentFilter Filter) : ContentFilter;

/// <summary>One comparison. For In/NotIn the value is a collection; dates are DateTime, numbers decimal.</summary>
public sealed record ConditionFilter(ContentColumn Column, FilterOperator Operator, object? Value) : ContentFilter;

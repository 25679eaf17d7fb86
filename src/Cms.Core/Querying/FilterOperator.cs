namespace Cms.Core.Querying;

/// <summary>The comparison of a filter condition (GraphQL's where-suffixes).</summary>
public enum FilterOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    Contains,
    NotContains,
    StartsWith,
    NotStartsWith,
    EndsWith,
    NotEndsWith,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

using Cms.Core.Querying;

namespace Cms.GraphQL.Filters;

/// <summary>The where-field suffixes of each operator set, and the operator each one means.</summary>
internal static class FilterSuffixes
{
    private static readonly (string Suffix, FilterOperator Operator, bool IsList)[] Equality =
    [
        ("", FilterOperator.Equals, false),
        ("_not", FilterOperator.NotEquals, false),
    ];

    private static readonly (string Suffix, FilterOperator Operator, bool IsList)[] Lists =
    [
        ("_in", FilterOperator.In, true),
        ("_not_in", FilterOperator.NotIn, true),
    ];

    private static readonly (string Suffix, FilterOperator Operator, bool IsList)[] Text =
    [
        ("_contains", FilterOperator.Contains, false),
        ("_not_contains", FilterOperator.NotContains, false),
        ("_starts_with", FilterOperator.StartsWith, false),
        ("_not_starts_with", FilterOperator.NotStartsWith, false),
        ("_ends_with", FilterOperator.EndsWith, false),
        ("_not_ends_with", FilterOperator.NotEndsWith, false),
    ];

    private static readonly (string Suffix, FilterOperator Operator, bool IsList)[] Comparisons =
    [
        ("_gt", FilterOperator.GreaterThan, false),
        ("_gte", FilterOperator.GreaterThanOrEqual, false),
        ("_lt", FilterOperator.LessThan, false),
        ("_lte", FilterOperator.LessThanOrEqual, false),
    ];

    public static IEnumerable<(string Suffix, FilterOperator Operator, bool IsList)> For(OperatorSet set) => set switch
    {
        OperatorSet.Text => [.. Equality, .. Lists, .. Text],
        OperatorSet.Id => [.. Equality, .. Lists],
        OperatorSet.Comparable => [.. Equality, .. Lists, .. Comparisons],
        _ => Equality,
    };
}

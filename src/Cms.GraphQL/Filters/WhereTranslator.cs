using System.Collections;
using Cms.Core.Querying;

namespace Cms.GraphQL.Filters;

/// <summary>
/// Turns a where argument into a filter tree with Orchard's semantics: the keys of one object are AND-ed,
/// except inside OR where they are OR-ed; AND and OR combine their list; NOT negates the conjunction of its
/// list. Null values are ignored, as Orchard ignores them. Every value is checked against the filter limits,
/// and an error names its path in the argument.
/// </summary>
internal static class WhereTranslator
{
    private const string ArgumentName = "where";

    public static ContentFilter? Translate(WhereInputGraphType type, object? argument, FilterInputLimits limits) =>
        argument is IDictionary<string, object?> values ? Build(type, values, or: false, ArgumentName, limits) : null;

    private static ContentFilter? Build(WhereInputGraphType type, IDictionary<string, object?> values, bool or, string path, FilterInputLimits limits)
    {
        var filters = new List<ContentFilter>();
        foreach (var (key, value) in values)
        {
            if (value is null || !type.Bindings.TryGetValue(key, out var binding))
            {
                continue;
            }

            var keyPath = $"{path}.{key}";
            var filter = binding switch
            {
                ColumnWhereBinding column => ContentFilter.Where(column.Column, column.Operator, FilterValues.Normalize(limits.Check(value, keyPath))),
                NestedWhereBinding nested when value is IDictionary<string, object?> inner => Build(nested.Type, inner, or, keyPath, limits),
                LogicalWhereBinding logical => Logical(type, logical.Operator, value, keyPath, limits),
                SearchWhereBinding => new SearchFilter(SearchArgument.Parse(value as string ?? "", keyPath)),
                _ => null,
            };
            if (filter is not null)
            {
                filters.Add(filter);
            }
        }

        return Combine(filters, or);
    }

    private static ContentFilter? Logical(WhereInputGraphType type, LogicalOperator op, object value, string path, FilterInputLimits limits)
    {
        var children = (value is IDictionary<string, object?> single ? [single] : ((IEnumerable)value).OfType<IDictionary<string, object?>>())
            .Select((child, index) => Build(type, child, or: op == LogicalOperator.Or, $"{path}[{index}]", limits))
            .OfType<ContentFilter>()
            .ToList();
        return op switch
        {
            LogicalOperator.Or => Combine(children, or: true),
            LogicalOperator.And => Combine(children, or: false),
            _ => Combine(children, or: false) is { } all ? ContentFilter.Not(all) : null,
        };
    }

    private static ContentFilter? Combine(List<ContentFilter> filters, bool or) => filters.Count switch
    {
        0 => null,
        1 => filters[0],
        _ => or ? ContentFilter.Or([.. filters]) : ContentFilter.And([.. filters]),
    };
}

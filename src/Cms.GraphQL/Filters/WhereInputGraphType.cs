using Cms.Core.Querying;
using GraphQL.Types;

namespace Cms.GraphQL.Filters;

/// <summary>
/// A generated where input (<c>BlogPostWhereInput</c>, <c>PricePartWhereInput</c>) that remembers what each of
/// its fields means, so the argument translates to a content query without looking names up again.
/// </summary>
internal sealed class WhereInputGraphType : InputObjectGraphType
{
    public WhereInputGraphType(string name, string? description = null)
    {
        Name = name;
        Description = description;
    }

    public Dictionary<string, WhereBinding> Bindings { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="name"/> and its operator suffixes; names already taken are skipped.</summary>
    public void AddColumn(string name, IGraphType scalar, ContentColumn column, OperatorSet operators)
    {
        foreach (var (suffix, op, isList) in FilterSuffixes.For(operators))
        {
            var fieldName = name + suffix;
            if (Bindings.ContainsKey(fieldName))
            {
                continue;
            }

            AddField(new FieldType { Name = fieldName, ResolvedType = isList ? new ListGraphType(scalar) : scalar });
            Bindings[fieldName] = new ColumnWhereBinding(column, op);
        }
    }

    public void AddNested(string name, WhereInputGraphType nested)
    {
        if (Bindings.TryAdd(name, new NestedWhereBinding(nested)))
        {
            AddField(new FieldType { Name = name, ResolvedType = nested });
        }
    }

    /// <summary>
    /// <c>search</c>: full-text words, combined with the other filters like any of them. Added after the type's own
    /// fields, so a field that is itself named "search" keeps its filter.
    /// </summary>
    public void AddSearch(IGraphType stringType)
    {
        if (Bindings.TryAdd("search", new SearchWhereBinding()))
        {
            AddField(new FieldType
            {
                Name = "search", ResolvedType = stringType,
                Description = "words the item's text must hold: \"phrases\", -exclude, OR, prefix*",
            });
        }
    }

    /// <summary>AND, OR and NOT as lists of this type (a single object is accepted by list coercion).</summary>
    public void AddLogicalOperators()
    {
        foreach (var (name, op) in new[] { ("OR", LogicalOperator.Or), ("AND", LogicalOperator.And), ("NOT", LogicalOperator.Not) })
        {
            Bindings[name] = new LogicalWhereBinding(op);
            AddField(new FieldType { Name = name, ResolvedType = new ListGraphType(this) });
        }
    }
}

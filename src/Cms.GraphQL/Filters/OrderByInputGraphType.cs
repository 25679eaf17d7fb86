using Cms.Core.Querying;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Cms.GraphQL.Filters;

/// <summary>
/// A generated order-by input: each field is a direction; nested inputs order by a non-collapsed part's
/// fields. Keys apply in the order the client wrote them.
/// </summary>
internal sealed class OrderByInputGraphType : InputObjectGraphType
{
    private readonly Dictionary<string, object?> _bindings = new(StringComparer.Ordinal);

    public OrderByInputGraphType(string name)
    {
        Name = name;
    }

    /// <summary>Adds a key; a null column is accepted and ignored (Orchard declares contentType but ignores it).</summary>
    public void AddColumn(string name, IGraphType direction, ContentColumn? column)
    {
        if (_bindings.TryAdd(name, column))
        {
            AddField(new FieldType { Name = name, ResolvedType = direction });
        }
    }

    public void AddNested(string name, OrderByInputGraphType nested)
    {
        if (_bindings.TryAdd(name, nested))
        {
            AddField(new FieldType { Name = name, ResolvedType = nested });
        }
    }

    /// <summary>
    /// The orderings of an argument value. GraphQL.NET coerces an input object in the order its type declares
    /// the fields, so the order the client wrote is taken from the literal in the query when there is one.
    /// </summary>
    public IReadOnlyList<ContentOrder> Translate(object? argument, GraphQLValue? written = null)
    {
        var orders = new List<ContentOrder>();
        Collect(argument, written as GraphQLObjectValue, orders);
        return orders;
    }

    private void Collect(object? argument, GraphQLObjectValue? written, List<ContentOrder> orders)
    {
        if (argument is not IDictionary<string, object?> values)
        {
            return;
        }

        var keys = written?.Fields is { } fields
            ? values.Keys.OrderBy(key => fields.FindIndex(f => f.Name.StringValue == key) is var i and >= 0 ? i : int.MaxValue)
            : values.Keys.AsEnumerable();
        foreach (var key in keys.ToList())
        {
            var value = values[key];
            switch (_bindings.GetValueOrDefault(key))
            {
                case ContentColumn column when value is bool descending:
                    orders.Add(new ContentOrder(column, descending));
                    break;
                case OrderByInputGraphType nested:
                    nested.Collect(value, written?.Fields?.Find(f => f.Name.StringValue == key)?.Value as GraphQLObjectValue, orders);
                    break;
            }
        }
    }
}

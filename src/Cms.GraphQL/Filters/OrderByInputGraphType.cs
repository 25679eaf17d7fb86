using Cms.Core.Querying;
using GraphQL.Types;

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

    public IReadOnlyList<ContentOrder> Translate(object? argument)
    {
        var orders = new List<ContentOrder>();
        Collect(argument, orders);
        return orders;
    }

    private void Collect(object? argument, List<ContentOrder> orders)
    {
        if (argument is not IDictionary<string, object?> values)
        {
            return;
        }

        foreach (var (key, value) in values)
        {
            switch (_bindings.GetValueOrDefault(key))
            {
                case ContentColumn column when value is bool descending:
                    orders.Add(new ContentOrder(column, descending));
                    break;
                case OrderByInputGraphType nested:
                    nested.Collect(value, orders);
                    break;
            }
        }
    }
}

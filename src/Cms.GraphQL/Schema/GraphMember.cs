using Cms.GraphQL.Limits;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>
/// One output member of a part (a part kind's own member or a field of a dynamic part). The same member
/// becomes a field of the part's graph type or, when the part is collapsed, a field of the item's type.
/// </summary>
internal sealed record GraphMember(
    string Name,
    IGraphType Type,
    Func<IResolveFieldContext, PartSource, object?> Resolve,
    QueryArguments? Arguments = null,
    string? Description = null,
    int? MaxItems = null)
{
    public FieldType ToField(Func<IResolveFieldContext, PartSource> source)
    {
        var field = new FieldType
        {
            Name = Name,
            ResolvedType = Type,
            Description = Description,
            Arguments = Arguments,
            Resolver = DelegateResolver.Sync(context => Resolve(context, source(context))),
        };
        if (MaxItems is { } maxItems)
        {
            field.Metadata[QueryCost.MaxItemsMetadata] = maxItems;
        }

        return field;
    }
}

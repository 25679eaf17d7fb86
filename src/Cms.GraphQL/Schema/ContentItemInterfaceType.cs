using Cms.Core.ContentModel;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>The <c>ContentItem</c> interface: the common fields, resolved to the object type named like the item's type.</summary>
internal sealed class ContentItemInterfaceType : InterfaceGraphType
{
    public ContentItemInterfaceType(SchemaBuildContext context)
    {
        Name = "ContentItem";
        foreach (var field in CommonFields.Create(context))
        {
            // Interfaces carry no resolvers: each object type resolves its own copy of the field.
            field.Resolver = null;
            AddField(field);
        }

        ResolveType = value => value is ContentItem item ? context.ContentTypes.GetValueOrDefault(item.ContentType) : null;
    }
}

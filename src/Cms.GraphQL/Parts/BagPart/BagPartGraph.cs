using Cms.Core.Definitions;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Parts.BagPart;

/// <summary>BagPart (often named, e.g. <c>signatories</c>): <c>{ contentItems }</c>, the items stored inside the part.</summary>
internal sealed class BagPartGraph : IContentPartGraph
{
    public string PartName => "BagPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        new("contentItems", new ListGraphType(context.ContentItem), (resolve, source) =>
            Paging.Apply(resolve, VisibleInlineItems.Read(resolve, source, "ContentItems", context.ContentTypes.ContainsKey), context.Options),
            Paging.Arguments(context), "the content items"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}

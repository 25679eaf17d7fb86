using Cms.Core.Definitions;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Parts.FlowPart;

/// <summary>FlowPart: <c>flow { widgets }</c>, every widget in order, as Orchard serves them (no paging).</summary>
internal sealed class FlowPartGraph : IContentPartGraph
{
    public string PartName => "FlowPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        new("widgets", new ListGraphType(context.ContentItem), (resolve, source) =>
            VisibleInlineItems.Read(resolve, source, "Widgets", context.ContentTypes.ContainsKey), Description: "the widgets"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}

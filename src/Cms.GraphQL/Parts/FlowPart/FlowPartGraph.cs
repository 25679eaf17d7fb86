using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.GraphQL.Execution;
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
        {
            var access = GraphQLRequestContext.From(resolve).Access;
            return InlineContentItems.Read(source.Part?["Widgets"], source.Item)
                .Where(widget => context.ContentTypes.ContainsKey(widget.ContentType) && access.CanSee(widget))
                .ToList();
        }, Description: "the widgets"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}

using Cms.Core.Definitions;
using Cms.Core.Querying;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;

namespace Cms.GraphQL.Parts.AutoroutePart;

/// <summary>AutoroutePart: collapsed by default, so items get <c>path</c> and the where input <c>path</c>, <c>path_contains</c>, ...</summary>
internal sealed class AutoroutePartGraph : IContentPartGraph
{
    public string PartName => "AutoroutePart";

    public bool CollapsedByDefault => true;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        new("path", context.String, (_, source) => JsonValues.String(source.Part?["Path"]), Description: "the path of the content item"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
        where.AddColumn("path", context.String, ContentColumn.RoutePath, OperatorSet.Text);
        orderBy.AddColumn("path", context.Direction, ContentColumn.RoutePath);
    }
}

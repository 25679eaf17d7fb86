using Cms.Core.Definitions;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;

namespace Cms.GraphQL.Parts;

/// <summary>How one part kind appears in GraphQL: its output members and the filters and orderings it adds.</summary>
internal interface IContentPartGraph
{
    /// <summary>The PartName used in definitions, e.g. "HtmlBodyPart".</summary>
    string PartName { get; }

    /// <summary>Collapsed onto the item unless settings say otherwise (AutoroutePart's <c>path</c>).</summary>
    bool CollapsedByDefault { get; }

    IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context);

    void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context);
}

using Cms.Core.Definitions;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;

namespace Cms.GraphQL.Parts.TitlePart;

/// <summary>TitlePart adds nothing to the schema: the title is the item's <c>displayText</c>, as in Orchard.</summary>
internal sealed class TitlePartGraph : IContentPartGraph
{
    public string PartName => "TitlePart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) => [];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}

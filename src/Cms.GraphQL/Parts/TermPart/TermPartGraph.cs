using Cms.Core.Definitions;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;

namespace Cms.GraphQL.Parts.TermPart;

/// <summary>TermPart adds nothing to the schema: a term is reached through its taxonomy (<c>taxonomyPart { contentItems }</c>).</summary>
internal sealed class TermPartGraph : IContentPartGraph
{
    public string PartName => "TermPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) => [];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}

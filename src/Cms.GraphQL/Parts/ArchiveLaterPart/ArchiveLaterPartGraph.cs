using Cms.Core.Definitions;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;

namespace Cms.GraphQL.Parts.ArchiveLaterPart;

/// <summary>ArchiveLaterPart adds nothing to the schema, as in Orchard: a schedule is the editors' business, not the readers'.</summary>
internal sealed class ArchiveLaterPartGraph : IContentPartGraph
{
    public string PartName => "ArchiveLaterPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) => [];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}

using Cms.Core.Definitions;
using Cms.Core.Querying;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;

namespace Cms.GraphQL.Parts.AliasPart;

/// <summary>AliasPart: <c>alias { alias }</c>, filtered as <c>alias: { alias: "..." }</c>.</summary>
internal sealed class AliasPartGraph : IContentPartGraph
{
    public string PartName => "AliasPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        new("alias", context.String, (_, source) => JsonValues.String(source.Part?["Alias"]), Description: "the alias of the content item"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
        where.AddColumn("alias", context.String, ContentColumn.Alias, OperatorSet.Text);
        orderBy.AddColumn("alias", context.Direction, ContentColumn.Alias);
    }
}

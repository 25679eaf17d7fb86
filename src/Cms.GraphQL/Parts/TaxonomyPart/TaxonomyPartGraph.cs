using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Parts.TaxonomyPart;

/// <summary>TaxonomyPart: <c>taxonomy { termContentType contentItems }</c>, the top-level terms stored in the taxonomy.</summary>
internal sealed class TaxonomyPartGraph : IContentPartGraph
{
    public string PartName => "TaxonomyPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        new("termContentType", context.String, (_, source) => JsonValues.String(source.Part?["TermContentType"]),
            Description: "the content type of the terms"),
        new("contentItems", new ListGraphType(context.ContentItem), (resolve, source) =>
        {
            var access = GraphQLRequestContext.From(resolve).Access;
            var terms = InlineContentItems.Read(source.Part?["Terms"], source.Item)
                .Where(item => context.ContentTypes.ContainsKey(item.ContentType) && access.CanSee(item))
                .ToList();
            return Paging.Apply(resolve, terms, context.Options);
        }, Paging.Arguments(context), "the terms"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}

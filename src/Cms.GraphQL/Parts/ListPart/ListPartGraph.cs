using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.GraphQL.DataLoading;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Parts.ListPart;

/// <summary>ListPart: <c>list { contentItems(first, skip) }</c>, the published children in list order, batched per level.</summary>
internal sealed class ListPartGraph : IContentPartGraph
{
    private const int DefaultPageSize = 10;

    public string PartName => "ListPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        new("contentItems", new ListGraphType(context.ContentItem), (resolve, source) =>
        {
            var first = resolve.GetArgument("first", DefaultPageSize);
            var window = Paging.Read(resolve, context.Options) with { First = first == 0 ? DefaultPageSize : first };
            var load = GraphQLRequestContext.From(resolve).Lists.Load(source.Item.ContentItemId);
            return new DeferredResult<IReadOnlyList<ContentItem>>(async cancellationToken =>
                window.Apply((await load.GetResultAsync(cancellationToken))
                    .Where(item => context.ContentTypes.ContainsKey(item.ContentType)).ToList()));
        }, Paging.Arguments(context, withLast: false), "the content items"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }
}

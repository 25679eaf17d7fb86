using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.GraphQL.DataLoading;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL.Types;

namespace Cms.GraphQL.Parts.ContainedPart;

/// <summary>
/// ContainedPart is welded onto items of lists: a type listed in a container's ListPartSettings.ContainedContentTypes
/// gets a field named after the container type (<c>blog</c> on BlogPost) with the item's place in the list. The part
/// itself adds no members where a type lists it.
/// </summary>
internal sealed class ContainedPartGraph : IContentPartGraph
{
    public string PartName => "ContainedPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) => [];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
    }

    public static void AddContainerFields(ObjectGraphType itemType, ContentTypeDefinition type, SchemaBuildContext context)
    {
        foreach (var container in context.Definitions.Types)
        {
            var holdsType = container.Parts.Any(part => part.PartName == "ListPart" &&
                SettingsReader.GetStrings(part.Settings, "ListPartSettings", "ContainedContentTypes").Contains(type.Name, StringComparer.Ordinal));
            var name = GraphNames.ForPart(container.Name);
            if (!holdsType || itemType.HasField(name))
            {
                continue;
            }

            itemType.AddField(new FieldType
            {
                Name = name,
                ResolvedType = ContainedType(context),
                Resolver = DelegateResolver.Sync(resolve =>
                    resolve.Source is ContentItem item && item.GetPart("ContainedPart") is { } part ? new PartSource(item, "ContainedPart") : null),
            });
        }
    }

    private static ObjectGraphType ContainedType(SchemaBuildContext context) => context.Shared("ContainedPart", () =>
    {
        var type = new ObjectGraphType { Name = "ContainedPart" };
        type.AddField(Member("listContentItemId", new NonNullGraphType(context.String),
            (_, part) => JsonValues.String(part.Part?["ListContentItemId"]) ?? ""));
        type.AddField(Member("listContentItem", context.ContentItem, (resolve, part) =>
        {
            var id = JsonValues.String(part.Part?["ListContentItemId"]);
            var request = GraphQLRequestContext.From(resolve);
            var load = request.Items.Load(id is null ? [] : [id], latest: false);
            return new DeferredResult<ContentItem?>(async cancellationToken =>
                (await load.GetResultAsync(cancellationToken)).FirstOrDefault(item =>
                    context.ContentTypes.ContainsKey(item.ContentType) && request.Access.CanSee(item)));
        }));
        type.AddField(Member("listContentType", new NonNullGraphType(context.String),
            (_, part) => JsonValues.String(part.Part?["ListContentType"]) ?? ""));
        type.AddField(Member("order", new NonNullGraphType(context.Int),
            (_, part) => (int)(JsonValues.Decimal(part.Part?["Order"]) ?? 0)));
        return type;
    });

    private static FieldType Member(string name, IGraphType type, Func<global::GraphQL.IResolveFieldContext, PartSource, object?> resolve) => new()
    {
        Name = name,
        ResolvedType = type,
        Resolver = DelegateResolver.Sync(context => context.Source is PartSource part ? resolve(context, part) : null),
    };
}

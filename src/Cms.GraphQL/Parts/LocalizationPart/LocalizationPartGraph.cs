using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Querying;
using Cms.Core.Storage;
using Cms.GraphQL.DataLoading;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Filters;
using Cms.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Parts.LocalizationPart;

/// <summary>
/// LocalizationPart: <c>localization { culture localizationSet localizations(culture) }</c>, filtered as
/// <c>localization: { culture_starts_with: "fr", localizationSet: "..." }</c> (text operators on the culture, equality on the set).
/// </summary>
internal sealed class LocalizationPartGraph : IContentPartGraph
{
    public string PartName => "LocalizationPart";

    public bool CollapsedByDefault => false;

    public IReadOnlyList<GraphMember> Members(ContentTypePartDefinition part, SchemaBuildContext context) =>
    [
        new("culture", new NonNullGraphType(context.String), (_, source) => JsonValues.String(source.Part?["Culture"]) ?? "",
            Description: "the culture of the content item"),
        new("localizationSet", new NonNullGraphType(context.String), (_, source) => JsonValues.String(source.Part?["LocalizationSet"]) ?? "",
            Description: "the localization set shared by the content item's translations"),
        new("localizations", new ListGraphType(context.ContentItem), (resolve, source) => Localizations(resolve, source, context),
            new QueryArguments(new QueryArgument(context.String) { Name = "culture", Description = "only the translation in this culture" }),
            "the published translations of the content item, itself included"),
    ];

    public void AddFilters(WhereInputGraphType where, OrderByInputGraphType orderBy, ContentTypePartDefinition part, SchemaBuildContext context)
    {
        where.AddColumn("culture", context.String, ContentColumn.Culture, OperatorSet.Text);
        where.AddColumn("localizationSet", context.String, ContentColumn.LocalizationSet, OperatorSet.Equality);
        orderBy.AddColumn("culture", context.Direction, ContentColumn.Culture);
    }

    private static DeferredResult<IReadOnlyList<ContentItem>> Localizations(IResolveFieldContext resolve, PartSource source, SchemaBuildContext context)
    {
        var set = JsonValues.String(source.Part?["LocalizationSet"]);
        var culture = resolve.GetArgument<string?>("culture");
        var request = GraphQLRequestContext.From(resolve);
        return new DeferredResult<IReadOnlyList<ContentItem>>(async cancellationToken =>
        {
            if (string.IsNullOrEmpty(set))
            {
                return [];
            }

            var session = await request.SessionAsync(cancellationToken);
            var ids = (await LocalizationSets.MembersAsync(session, [set], published: true, cancellationToken))
                .Where(m => culture is null || string.Equals(m.Culture, culture, StringComparison.OrdinalIgnoreCase))
                .Select(m => m.ContentItemId).ToList();
            var items = await request.Items.Load(ids, latest: false).GetResultAsync(cancellationToken);
            return items.Where(item => context.ContentTypes.ContainsKey(item.ContentType) && request.Access.CanSee(item)).ToList();
        });
    }
}

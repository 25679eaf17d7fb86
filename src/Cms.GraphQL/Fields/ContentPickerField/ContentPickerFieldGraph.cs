using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Fields.ContentPickerField;
using Cms.Core.Querying;
using Cms.GraphQL.DataLoading;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Localization;
using Cms.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.ContentPickerField;

/// <summary>
/// ContentPickerField: <c>{ contentItemIds contentItems(status) }</c>. The items load through the request's
/// batch loader and pass the same read rule as the list fields.
/// </summary>
internal sealed class ContentPickerFieldGraph : ObjectFieldGraph
{
    public override string FieldName => "ContentPickerField";

    protected override int? MaxItems(ContentPartFieldDefinition field) => ContentPickerFieldSettings.From(field).Multiple ? null : 1;

    protected override IEnumerable<FieldType> Members(SchemaBuildContext context)
    {
        var itemsArguments = Paging.Arguments(context);
        itemsArguments.Add(new QueryArgument(context.Status)
        {
            Name = "status",
            Description = "publication status of the content items",
            DefaultValue = ContentStatus.Published,
        });
        return
        [
            Member("contentItemIds", new ListGraphType(context.String),
                (resolve, field) => Paging.Apply(resolve, JsonValues.Strings(field.Value["ContentItemIds"]), context.Options),
                Paging.Arguments(context), "content item ids"),
            Member("contentItems", new ListGraphType(context.ContentItem),
                (resolve, field) => Load(resolve, context, JsonValues.Strings(field.Value["ContentItemIds"])),
                itemsArguments, "the content items"),
        ];
    }

    /// <summary>Loads picked (or otherwise referenced) items by id at a status, keeping the visible ones in order.</summary>
    public static DeferredResult<IReadOnlyList<ContentItem>> Load(IResolveFieldContext resolve, SchemaBuildContext context, IReadOnlyList<string> ids)
    {
        var request = GraphQLRequestContext.From(resolve);
        var status = resolve.GetArgument("status", ContentStatus.Published);
        request.Access.RequirePreviewSomewhere(context.ContentTypes.Keys, status, resolve.FieldDefinition.Name);
        var window = Paging.Read(resolve, context.Options);
        var load = request.Items.Load(ids, latest: status != ContentStatus.Published);
        var cultures = RequestedCultures.From(resolve);
        return new DeferredResult<IReadOnlyList<ContentItem>>(async cancellationToken =>
        {
            var items = await load.GetResultAsync(cancellationToken);
            if (cultures is not null)
            {
                items = await Translations.PreferAsync(request, items, cultures, published: status == ContentStatus.Published,
                    dropUntranslated: false, cancellationToken);
            }

            var visible = items
                .Where(item => (status != ContentStatus.Draft || !item.Published) &&
                    context.ContentTypes.ContainsKey(item.ContentType) && request.Access.CanSee(item))
                .ToList();
            return window.Apply(visible);
        });
    }
}

using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.GraphQL.DataLoading;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Localization;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>
/// The root fields of a content type: the Orchard list field (<c>blogPost</c>) and the connection field
/// (<c>blogPostConnection</c>), both translated to one content query with the caller's row filter.
/// </summary>
internal static class ContentTypeQueries
{
    /// <summary>Metadata key marking a root field that reads one content type, for the permission rule.</summary>
    public const string ContentTypeMetadata = "cms:contentType";

    public static FieldType ListField(ContentTypeGraph graph, SchemaBuildContext context)
    {
        var field = new FieldType
        {
            Name = GraphNames.ForType(graph.Definition.Name),
            Description = $"Content items of type {graph.Definition.Name}",
            ResolvedType = new ListGraphType(graph.Object),
            Arguments = new QueryArguments(
                new QueryArgument(graph.Where) { Name = "where", Description = "filters the content items" },
                new QueryArgument(graph.OrderBy) { Name = "orderBy", Description = "sort order" },
                new QueryArgument(context.Int) { Name = "first", Description = "the first n content items" },
                new QueryArgument(context.Int) { Name = "skip", Description = "the number of content items to skip" },
                StatusArgument(context)),
            Resolver = DelegateResolver.Async(async resolve =>
            {
                var query = BuildQuery(resolve, graph, await CultureArguments.ReadAsync(resolve));
                if (query is null)
                {
                    return Array.Empty<ContentItem>();
                }

                var request = GraphQLRequestContext.From(resolve);
                var paged = new ContentQuery
                {
                    ContentTypes = query.ContentTypes, Status = query.Status, Where = query.Where, OrderBy = query.OrderBy,
                    Cultures = query.Cultures, Skip = Math.Max(0, resolve.GetArgument("skip", 0)), Take = Paging.First(resolve, request.Options),
                };
                var session = await request.SessionAsync(resolve.CancellationToken);
                return await session.QueryAsync(paged, resolve.CancellationToken);
            }),
        };
        field.Metadata[ContentTypeMetadata] = graph.Definition.Name;
        AddCultureArguments(field, context);
        return field;
    }

    public static FieldType ConnectionField(ContentTypeGraph graph, SchemaBuildContext context)
    {
        var name = graph.Definition.Name;
        var connectionType = new ObjectGraphType { Name = $"{name}Connection", Description = $"A page of {name} content items" };
        connectionType.AddField(new FieldType
        {
            Name = "totalCount",
            Description = "the number of items matching the filter, over all pages",
            ResolvedType = new NonNullGraphType(context.Int),
            Resolver = DelegateResolver.Async(async resolve =>
            {
                var connection = (ContentConnection)resolve.Source!;
                var session = await GraphQLRequestContext.From(resolve).SessionAsync(resolve.CancellationToken);
                return await session.CountAsync(connection.CountQuery, resolve.CancellationToken);
            }),
        });
        connectionType.AddField(new FieldType
        {
            Name = "nodes",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(graph.Object))),
            Resolver = DelegateResolver.Sync(resolve => ((ContentConnection)resolve.Source!).Nodes),
        });
        connectionType.AddField(new FieldType
        {
            Name = "pageInfo",
            ResolvedType = new NonNullGraphType(PageInfoType(context)),
            Resolver = DelegateResolver.Sync(resolve => resolve.Source),
        });

        var field = new FieldType
        {
            Name = GraphNames.ForType(name) + "Connection",
            Description = $"Content items of type {name}, with totals and keyset paging",
            ResolvedType = new NonNullGraphType(connectionType),
            Arguments = new QueryArguments(
                new QueryArgument(graph.Where) { Name = "where", Description = "filters the content items" },
                new QueryArgument(graph.OrderBy) { Name = "orderBy", Description = "sort order" },
                new QueryArgument(context.Int) { Name = "first", Description = "the page size" },
                new QueryArgument(context.String) { Name = "after", Description = "the endCursor of the previous page" },
                StatusArgument(context)),
            Resolver = DelegateResolver.Async(async resolve =>
            {
                var query = BuildQuery(resolve, graph, await CultureArguments.ReadAsync(resolve));
                if (query is null)
                {
                    return new ContentConnection(new ContentQuery { ContentItemIds = [] }, [], false, null);
                }

                var request = GraphQLRequestContext.From(resolve);
                var first = Paging.First(resolve, request.Options);
                ContentCursor? after = null;
                if (resolve.GetArgument<string?>("after") is { Length: > 0 } text &&
                    (after = ContentCursor.TryParse(text, query.EffectiveOrder.Count)) is null)
                {
                    throw new ExecutionError($"The argument 'after' of '{resolve.FieldDefinition.Name}' is not a cursor of this ordering.")
                    {
                        Code = "ARGUMENT_INPUT_ERROR",
                    };
                }

                if (!SelectsPage(resolve))
                {
                    return new ContentConnection(query, [], false, null);
                }

                var session = await request.SessionAsync(resolve.CancellationToken);
                var rows = await session.QueryPageAsync(new ContentQuery
                {
                    ContentTypes = query.ContentTypes, Status = query.Status, Where = query.Where, OrderBy = query.OrderBy,
                    Cultures = query.Cultures, After = after, Take = first + 1,
                }, resolve.CancellationToken);
                var page = rows.Take(first).ToList();
                return new ContentConnection(query, page.Select(r => r.Item).ToList(), rows.Count > first,
                    page.Count == 0 ? null : page[^1].Cursor.ToString());
            }),
        };
        field.Metadata[ContentTypeMetadata] = name;
        AddCultureArguments(field, context);
        return field;
    }

    public static FieldType ContentItemField(SchemaBuildContext context)
    {
        var field = ContentItemFieldWithoutCulture(context);
        AddCultureArguments(field, context);
        return field;
    }

    private static void AddCultureArguments(FieldType field, SchemaBuildContext context)
    {
        foreach (var argument in CultureArguments.Create(context))
        {
            field.Arguments!.Add(argument);
        }
    }

    private static FieldType ContentItemFieldWithoutCulture(SchemaBuildContext context) => new()
    {
        Name = "contentItem",
        Description = "Content items by id",
        ResolvedType = context.ContentItem,
        Arguments = new QueryArguments(
            new QueryArgument(new NonNullGraphType(context.String)) { Name = "contentItemId", Description = "Content item id" }),
        Resolver = DelegateResolver.Sync(resolve =>
        {
            var request = GraphQLRequestContext.From(resolve);
            var id = resolve.GetArgument<string>("contentItemId");

            // A preview token is issued to show its item's draft: that item is answered at its latest version.
            var latest = request.Access.User.MayPreview(id);
            var load = request.Items.Load([id], latest);
            var asked = CultureArguments.Capture(resolve);
            return new DeferredResult<ContentItem?>(async cancellationToken =>
            {
                IReadOnlyList<ContentItem> found = await load.GetResultAsync(cancellationToken);
                if (await asked.CheckAsync(request, cancellationToken) is { } cultures)
                {
                    found = await Translations.PreferAsync(request, found, cultures, published: !latest, dropUntranslated: true, cancellationToken);
                }

                return found.FirstOrDefault(item => context.ContentTypes.ContainsKey(item.ContentType) && request.Access.CanSee(item));
            });
        }),
    };

    /// <summary>
    /// Whether the selection reads the page (its nodes or where it ends): a selection of totalCount alone would
    /// otherwise sort every match of a common filter value only to throw the page away.
    /// </summary>
    private static bool SelectsPage(IResolveFieldContext resolve) =>
        resolve.SubFields is not { } fields ||
        fields.Values.Any(f => f.FieldType.Name is "nodes" or "pageInfo");

    /// <summary>The query without paging, or null when the caller may see no row of the type.</summary>
    private static ContentQuery? BuildQuery(IResolveFieldContext resolve, ContentTypeGraph graph, IReadOnlyList<string>? cultures)
    {
        var request = GraphQLRequestContext.From(resolve);
        var status = resolve.GetArgument("status", ContentStatus.Published);
        if (!request.Access.TryRowFilter(graph.Definition.Name, status, resolve.FieldDefinition.Name, out var rowFilter))
        {
            return null;
        }

        var where = Filters.WhereTranslator.Translate(graph.Where, resolve.GetArgument<object?>("where"),
            Filters.FilterInputLimits.From(request.Options, resolve.FieldDefinition.Name));
        return new ContentQuery
        {
            ContentTypes = [graph.Definition.Name],
            Status = status,
            Cultures = cultures,
            Where = (where, rowFilter) switch
            {
                (null, _) => rowFilter,
                (_, null) => where,
                _ => ContentFilter.And(where, rowFilter),
            },
            OrderBy = graph.OrderBy.Translate(resolve.GetArgument<object?>("orderBy"),
                resolve.FieldAst.Arguments?.Items.Find(a => a.Name.StringValue == "orderBy")?.Value),
        };
    }

    private static QueryArgument StatusArgument(SchemaBuildContext context) => new(context.Status)
    {
        Name = "status",
        Description = "publication status of the content item",
        DefaultValue = ContentStatus.Published,
    };

    public static ObjectGraphType PageInfoType(SchemaBuildContext context) => context.Shared("PageInfo", () =>
    {
        var type = new ObjectGraphType { Name = "PageInfo", Description = "Where a page ends and whether another follows" };
        type.AddField(new FieldType
        {
            Name = "hasNextPage",
            ResolvedType = new NonNullGraphType(context.Boolean),
            Resolver = DelegateResolver.Sync(resolve => ((ContentConnection)resolve.Source!).HasNextPage),
        });
        type.AddField(new FieldType
        {
            Name = "endCursor",
            ResolvedType = context.String,
            Resolver = DelegateResolver.Sync(resolve => ((ContentConnection)resolve.Source!).EndCursor),
        });
        return type;
    });
}

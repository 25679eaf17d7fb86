using Cms.Core.Querying;
using Cms.Core.Storage;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Filters;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Schema;

/// <summary>
/// The root <c>search</c>: items of every readable type whose words match, best first, as a connection whose edges
/// carry the score and an HTML snippet. The caller's read rule (types, drafts, own items) is part of the query, so a
/// hidden item is in no page, count or snippet.
/// </summary>
internal static class ContentSearchQuery
{
    public const string FieldName = "search";

    public static FieldType Field(SchemaBuildContext context) => new()
    {
        Name = FieldName,
        Description = "Content items whose words match the query, most relevant first",
        ResolvedType = new NonNullGraphType(ConnectionType(context)),
        Arguments = new QueryArguments(
            new QueryArgument(new NonNullGraphType(context.String)) { Name = "query", Description = "words, \"quoted phrases\", -exclude, OR, prefix*" },
            new QueryArgument(new ListGraphType(new NonNullGraphType(context.String))) { Name = "contentTypes", Description = "the types to search (all by default)" },
            new QueryArgument(context.String) { Name = "culture", Description = "leaves out items of other cultures" },
            new QueryArgument(context.Int) { Name = "first", Description = "the page size" },
            new QueryArgument(context.String) { Name = "after", Description = "the endCursor of the previous page" },
            new QueryArgument(context.Status) { Name = "status", Description = "publication status of the content item", DefaultValue = ContentStatus.Published }),
        Resolver = DelegateResolver.Async(resolve => ResolveAsync(resolve, context)),
    };

    private static async Task<object?> ResolveAsync(IResolveFieldContext resolve, SchemaBuildContext context)
    {
        var request = GraphQLRequestContext.From(resolve);
        var query = SearchArgument.Parse(resolve.GetArgument<string>("query") ?? "", "query");
        var status = resolve.GetArgument("status", ContentStatus.Published);
        var preview = status != ContentStatus.Published;
        var types = ContentTypes(resolve, context);
        request.Access.RequirePreviewSomewhere(types, status, FieldName);
        // As for the types' own root fields: a type is searched only for callers who may query it at all (view rights),
        // and, for drafts, preview it.
        var readable = types.Where(type => request.Access.Visibility(type, preview: false) != Core.Security.ContentVisibility.None &&
            request.Access.Visibility(type, preview) != Core.Security.ContentVisibility.None).ToList();
        var first = Paging.First(resolve, request.Options);
        var skip = After(resolve);
        var search = new ContentSearchRequest
        {
            Query = query,
            Culture = resolve.GetArgument<string?>("culture") is { Length: > 0 } culture ? culture.Trim() : null,
            ContentTypes = readable,
            Status = status,
            Where = request.Access.TypesFilter(readable, preview),
            Skip = skip,
            Take = first + 1,
        };
        if (readable.Count == 0)
        {
            return new SearchResults(search, [], false, null);
        }

        var session = await request.SessionAsync(resolve.CancellationToken);
        var hits = await ContentSearchReader.SearchAsync(session, search, resolve.CancellationToken);
        var page = hits.Take(first).ToList();
        return new SearchResults(search, page, hits.Count > first, page.Count == 0 ? null : SearchCursor.From(skip + page.Count));
    }

    /// <summary>The types asked for, each one the schema has; by default every type with a root list.</summary>
    private static List<string> ContentTypes(IResolveFieldContext resolve, SchemaBuildContext context)
    {
        if (resolve.GetArgument<List<string>?>("contentTypes") is not { } asked)
        {
            return context.Definitions.Types
                .Where(t => context.ContentTypes.ContainsKey(t.Name) && string.IsNullOrEmpty(t.TypeSettings.Stereotype))
                .Select(t => t.Name).ToList();
        }

        if (asked.Find(name => !context.ContentTypes.ContainsKey(name)) is { } unknown)
        {
            throw new ExecutionError($"The argument 'contentTypes' of '{FieldName}' names '{unknown}', which is not a content type of this schema.")
            {
                Code = "ARGUMENT_INPUT_ERROR",
            };
        }

        return asked.Distinct(StringComparer.Ordinal).ToList();
    }

    private static int After(IResolveFieldContext resolve)
    {
        if (resolve.GetArgument<string?>("after") is not { Length: > 0 } text)
        {
            return 0;
        }

        return SearchCursor.TryParse(text) ?? throw new ExecutionError($"The argument 'after' of '{FieldName}' is not a cursor of a search.")
        {
            Code = "ARGUMENT_INPUT_ERROR",
        };
    }

    private static ObjectGraphType ConnectionType(SchemaBuildContext context)
    {
        var edge = new ObjectGraphType { Name = "SearchEdge", Description = "One item found, with its relevance and a passage around its matches" };
        edge.AddField(Member("score", new NonNullGraphType(context.Shared("Float", () => new FloatGraphType())),
            "relevance: higher is better, comparable within one search", hit => hit.Score));
        edge.AddField(Member("snippet", new NonNullGraphType(context.String),
            "HTML: the text around the matches, escaped, with <mark> around each match", hit => SnippetHtml.From(hit.Snippet)));
        edge.AddField(Member("node", new NonNullGraphType(context.ContentItem), "the item", hit => hit.Item));

        var connection = new ObjectGraphType { Name = "SearchConnection", Description = "A page of search results, most relevant first" };
        connection.AddField(new FieldType
        {
            Name = "totalCount",
            Description = "the number of items matching the search, over all pages",
            ResolvedType = new NonNullGraphType(context.Int),
            Resolver = DelegateResolver.Async(async resolve =>
            {
                var results = (SearchResults)resolve.Source!;
                var session = await GraphQLRequestContext.From(resolve).SessionAsync(resolve.CancellationToken);
                return results.Request.ContentTypes.Count == 0 ? 0 : await ContentSearchReader.CountAsync(session, results.Request, resolve.CancellationToken);
            }),
        });
        connection.AddField(new FieldType
        {
            Name = "pageInfo",
            ResolvedType = new NonNullGraphType(ContentTypeQueries.PageInfoType(context)),
            Resolver = DelegateResolver.Sync(resolve => resolve.Source is SearchResults results
                ? new ContentConnection(new ContentQuery(), [], results.HasNextPage, results.EndCursor)
                : null),
        });
        connection.AddField(new FieldType
        {
            Name = "nodes",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(context.ContentItem))),
            Resolver = DelegateResolver.Sync(resolve => ((SearchResults)resolve.Source!).Hits.Select(hit => hit.Item).ToList()),
        });
        connection.AddField(new FieldType
        {
            Name = "edges",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))),
            Resolver = DelegateResolver.Sync(resolve => ((SearchResults)resolve.Source!).Hits),
        });
        return connection;
    }

    private static FieldType Member(string name, IGraphType type, string description, Func<ContentSearchHit, object?> read) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = DelegateResolver.Sync(resolve => read((ContentSearchHit)resolve.Source!)),
    };
}

using Cms.Core.Definitions;
using Cms.GraphQL.Limits;
using Cms.GraphQL.Localization;
using GraphQL.Conversion;
using GraphQL.Types;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cms.GraphQL.Schema;

/// <summary>
/// Builds the schema from the content definitions. A type that cannot be built (bad name, clashing member,
/// a part that throws) is left out with a logged reason; the rest of the schema is still served.
/// </summary>
internal sealed class ContentSchemaBuilder
{
    private const string TypeSettings = "GraphQLContentTypeSettings";

    private readonly GraphQLOptions _options;
    private readonly ILogger _logger;

    public ContentSchemaBuilder(GraphQLOptions options, ILogger<ContentSchemaBuilder>? logger = null)
    {
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public BuiltSchema Build(ContentDefinitionSnapshot snapshot)
    {
        var excluded = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            return new BuiltSchema(Initialize(snapshot.Document, excluded, only: null), snapshot.Version, snapshot.Document, excluded);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or AggregateException)
        {
            // Something in the whole only fails at initialization: find the types that fail alone and leave them out.
            foreach (var type in snapshot.Document.Types.Where(t => !excluded.ContainsKey(t.Name)))
            {
                try
                {
                    Initialize(snapshot.Document, new Dictionary<string, string>(excluded), only: type.Name);
                }
                catch (Exception typeException) when (typeException is InvalidOperationException or ArgumentException or AggregateException)
                {
                    Exclude(excluded, type.Name, typeException.Message);
                }
            }

            return new BuiltSchema(Initialize(snapshot.Document, excluded, only: null), snapshot.Version, snapshot.Document, excluded);
        }
    }

    private ContentGraphSchema Initialize(ContentDefinitionDocument definitions, Dictionary<string, string> excluded, string? only)
    {
        var schema = Create(definitions, excluded, only);
        schema.Initialize();
        IntrospectionCost.ReplaceLibraryImpacts(schema);
        return schema;
    }

    private ContentGraphSchema Create(ContentDefinitionDocument definitions, Dictionary<string, string> excluded, string? only)
    {
        var context = new SchemaBuildContext(definitions, _options);
        var graphs = new List<ContentTypeGraph>();
        foreach (var type in definitions.Types)
        {
            if (excluded.ContainsKey(type.Name) || (only is not null && type.Name != only) ||
                SettingsReader.GetBool(type.Settings, TypeSettings, "Hidden"))
            {
                continue;
            }

            if (!GraphNames.IsValid(type.Name) || context.ContentTypes.ContainsKey(type.Name))
            {
                Exclude(excluded, type.Name, "the name is not a valid GraphQL name or is used twice");
                continue;
            }

            try
            {
                var graph = ContentTypeGraph.Build(type, context);
                graphs.Add(graph);
                context.ContentTypes[type.Name] = graph.Object;
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException)
            {
                Exclude(excluded, type.Name, exception.Message);
            }
        }

        var query = new ObjectGraphType { Name = "Query" };
        var rootNames = new HashSet<string>(StringComparer.Ordinal) { "contentItem", "mediaAssets", MeQuery.FieldName, SiteCulturesQuery.FieldName };
        foreach (var graph in graphs.Where(g => string.IsNullOrEmpty(g.Definition.TypeSettings.Stereotype)))
        {
            var list = ContentTypeQueries.ListField(graph, context);
            var connection = ContentTypeQueries.ConnectionField(graph, context);
            if (rootNames.Add(list.Name) && rootNames.Add(connection.Name))
            {
                query.AddField(list);
                query.AddField(connection);
            }
        }

        query.AddField(ContentTypeQueries.ContentItemField(context));
        query.AddField(MediaAssetsQuery.Field(context));
        query.AddField(SiteCulturesQuery.Field(context));
        if (rootNames.Add(ContentSearchQuery.FieldName))
        {
            // A content type named Search keeps its list field; its sites go without the root search.
            query.AddField(ContentSearchQuery.Field(context));
        }

        if (graphs.All(g => g.Object.Name != MeQuery.TypeName))
        {
            query.AddField(MeQuery.Field(context));
        }
        var schema = new ContentGraphSchema { Query = query, NameConverter = DefaultNameConverter.Instance };
        foreach (var graph in graphs)
        {
            schema.RegisterType(graph.Object);
        }

        return schema;
    }

    private void Exclude(Dictionary<string, string> excluded, string typeName, string reason)
    {
        excluded[typeName] = reason;
        _logger.LogWarning("The content type {ContentType} is left out of the GraphQL schema: {Reason}", typeName, reason);
    }
}

namespace Cms.GraphQL;

/// <summary>Marker for the GraphQL project; the schema generator lands here.</summary>
internal static class GraphQLAssembly
{
}

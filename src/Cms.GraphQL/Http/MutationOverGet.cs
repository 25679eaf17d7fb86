using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Cms.GraphQL.Http;

/// <summary>
/// GET must not run a mutation (GraphQL over HTTP: 405 with <c>Allow: POST</c>), whether or not the schema has
/// mutations, so the answer does not depend on what the schema offers today.
/// </summary>
internal static class MutationOverGet
{
    public static bool Selects(string query, string? operationName)
    {
        // Nearly every GET is a query: only a document that spells the keyword is parsed here.
        if (!query.Contains("mutation", StringComparison.Ordinal))
        {
            return false;
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return false; // the executor reports the syntax error with its location
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.Find(o => o.Name is not null && o.Name.StringValue == operationName);
        return selected?.Operation == OperationType.Mutation;
    }
}

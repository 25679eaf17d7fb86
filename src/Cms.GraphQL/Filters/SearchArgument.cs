using Cms.Core.Querying;
using GraphQL;

namespace Cms.GraphQL.Filters;

/// <summary>Search text from a GraphQL argument: parsed, or an input error naming the argument and what is wrong.</summary>
internal static class SearchArgument
{
    public static SearchQuery Parse(string text, string argumentPath)
    {
        try
        {
            return SearchQuery.Parse(text);
        }
        catch (SearchQueryException exception)
        {
            throw new ExecutionError($"The argument '{argumentPath}' is not a valid search: {exception.Message}") { Code = "ARGUMENT_INPUT_ERROR" };
        }
    }
}

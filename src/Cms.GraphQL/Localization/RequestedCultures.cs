using Cms.GraphQL.Execution;
using GraphQL;

namespace Cms.GraphQL.Localization;

/// <summary>The cultures asked for by the nearest field above this one that took <c>culture</c>; null when none did.</summary>
internal static class RequestedCultures
{
    public static IReadOnlyList<string>? From(IResolveFieldContext resolve)
    {
        var preferences = GraphQLRequestContext.From(resolve).CulturePreferences;
        if (preferences.Count == 0)
        {
            return null;
        }

        for (var field = resolve.Parent; field is not null; field = field.Parent)
        {
            if (preferences.TryGetValue(field.FieldAst, out var cultures))
            {
                return cultures;
            }
        }

        return null;
    }
}

using Cms.Core.Settings;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Localization;

/// <summary>
/// <c>culture</c> and <c>fallback</c> on list, connection and <c>contentItem</c> fields: the cultures a front end wants,
/// in order. Checked against the site's cultures before anything is read; the checked list is remembered for the field,
/// so pickers and terms beneath it resolve in the same cultures (<see cref="RequestedCultures"/>).
/// </summary>
internal static class CultureArguments
{
    private const string Code = "ARGUMENT_INPUT_ERROR";

    public static IEnumerable<QueryArgument> Create(SchemaBuildContext context) =>
    [
        new QueryArgument(context.String)
        {
            Name = "culture",
            Description = "the culture to answer in: of each localization set only one version is returned; items without a culture always",
        },
        new QueryArgument(new ListGraphType(new NonNullGraphType(context.String)))
        {
            Name = "fallback",
            Description = "cultures to use, in order, for sets without a version in 'culture'",
        },
    ];

    /// <summary>The cultures in order, spelled as the site spells them, or null when the field names none.</summary>
    public static async Task<IReadOnlyList<string>?> ReadAsync(IResolveFieldContext resolve)
    {
        var culture = resolve.GetArgument<string?>("culture");
        var fallback = resolve.GetArgument<List<string>?>("fallback") ?? [];
        if (culture is null)
        {
            return fallback.Count == 0 ? null : throw Error(resolve, "fallback", "is used with 'culture', which is missing.");
        }

        var request = GraphQLRequestContext.From(resolve);
        var site = await request.SiteCulturesAsync(resolve.CancellationToken);
        var preferred = new List<string>();
        foreach (var (name, value) in fallback.Select(f => ("fallback", f)).Prepend(("culture", culture)))
        {
            var supported = site.Find(value)
                ?? throw Error(resolve, name, $"names '{value}', which this site does not support. Supported cultures: {string.Join(", ", site.SupportedCultures)}.");
            if (!preferred.Contains(supported, StringComparer.Ordinal))
            {
                preferred.Add(supported);
            }
        }

        request.CulturePreferences[resolve.FieldAst] = preferred;
        return preferred;
    }

    private static ExecutionError Error(IResolveFieldContext resolve, string argument, string problem) =>
        new($"The argument '{argument}' of '{resolve.FieldDefinition.Name}' {problem}") { Code = Code };
}

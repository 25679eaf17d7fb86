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
    public static IEnumerable<QueryArgument> Create(SchemaBuildContext context) =>
    [
        new QueryArgument(context.String)
        {
            Name = "culture",
            Description = "the culture to answer in: of each localization set only one version is returned; items without a culture are always included",
        },
        new QueryArgument(new ListGraphType(new NonNullGraphType(context.String)))
        {
            Name = "fallback",
            Description = "cultures to use, in order, for sets without a version in 'culture'",
        },
    ];

    /// <summary>The cultures in order, spelled as the site spells them, or null when the field names none.</summary>
    public static Task<IReadOnlyList<string>?> ReadAsync(IResolveFieldContext resolve) =>
        Capture(resolve).CheckAsync(GraphQLRequestContext.From(resolve), resolve.CancellationToken);

    /// <summary>The arguments as given, to check later (<see cref="AskedCultures.CheckAsync"/>).</summary>
    public static AskedCultures Capture(IResolveFieldContext resolve) => new(
        resolve.GetArgument<string?>("culture"), resolve.GetArgument<List<string>?>("fallback") ?? [], resolve.FieldDefinition.Name, resolve.FieldAst);
}

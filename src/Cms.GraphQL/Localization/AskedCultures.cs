using Cms.GraphQL.Execution;
using GraphQL;
using GraphQLParser.AST;

namespace Cms.GraphQL.Localization;

/// <summary>
/// The <c>culture</c> and <c>fallback</c> a field was given, read while its resolver runs (a deferred result checks them
/// later, when the field's context may already serve another field).
/// </summary>
internal sealed record AskedCultures(string? Culture, IReadOnlyList<string> Fallback, string FieldName, GraphQLField Field)
{
    private const string Code = "ARGUMENT_INPUT_ERROR";

    /// <summary>The cultures in order, spelled as the site spells them, or null when the field names none; remembered for the field.</summary>
    public async Task<IReadOnlyList<string>?> CheckAsync(GraphQLRequestContext request, CancellationToken cancellationToken)
    {
        if (Culture is null)
        {
            return Fallback.Count == 0 ? null : throw Error("fallback", "is used with 'culture', which is missing.");
        }

        var site = await request.SiteCulturesAsync(cancellationToken);
        var preferred = new List<string>();
        foreach (var (name, value) in Fallback.Select(f => ("fallback", f)).Prepend(("culture", Culture)))
        {
            var supported = site.Find(value)
                ?? throw Error(name, $"names '{value}', which this site does not support. Supported cultures: {string.Join(", ", site.SupportedCultures)}.");
            if (!preferred.Contains(supported, StringComparer.Ordinal))
            {
                preferred.Add(supported);
            }
        }

        request.CulturePreferences[Field] = preferred;
        return preferred;
    }

    private ExecutionError Error(string argument, string problem) =>
        new($"The argument '{argument}' of '{FieldName}' {problem}") { Code = Code };
}

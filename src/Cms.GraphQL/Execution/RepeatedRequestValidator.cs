using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Cms.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's validator, with the results of requests seen before taken from <see cref="ValidatedRequestCache"/>
/// when the request context carries a repeat key (set only for documents that already passed the static rules).
/// </summary>
internal sealed class RepeatedRequestValidator : IDocumentValidator
{
    private readonly IDocumentValidator _inner;
    private readonly ValidatedRequestCache _cache;

    public RepeatedRequestValidator(IDocumentValidator inner, ValidatedRequestCache cache)
    {
        _inner = inner;
        _cache = cache;
    }

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        var key = options.UserContext.TryGetValue(GraphQLRequestContext.Key, out var value) && value is GraphQLRequestContext request
            ? request.RepeatKey
            : null;
        if (key is not null && _cache.Find(options.Schema, options.Document, key) is { } repeat)
        {
            return Task.FromResult(repeat);
        }

        var validation = _inner.ValidateAsync(options);
        return key is null ? validation : RememberAsync(validation, options.Schema, options.Document, key);
    }

    private async Task<IValidationResult> RememberAsync(Task<IValidationResult> validation, ISchema schema, GraphQLDocument document, string key)
    {
        var result = await validation;
        _cache.Add(schema, document, key, result);
        return result;
    }
}

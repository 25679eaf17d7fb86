using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Cms.GraphQL.Execution;

/// <summary>
/// What validation made of requests that passed it (their coerced variables and parsed arguments), by everything
/// validation reads: the query, the operation, the variables as sent, the caller and the authorization snapshot.
/// Front ends send the same few requests over and over; a repeat is neither walked by the rules nor parsed again.
/// An entry counts only for the schema and the parsed document it passed with: its argument values are keyed by that
/// document's nodes, and a document parsed again for the same text (two first requests at once) has others. Bounded:
/// when full it starts over.
/// </summary>
internal sealed class ValidatedRequestCache
{
    private readonly ConcurrentDictionary<string, (ISchema Schema, GraphQLDocument Document, IValidationResult Result)> _results =
        new(StringComparer.Ordinal);
    private readonly int _capacity;

    public ValidatedRequestCache(int capacity)
    {
        _capacity = capacity;
    }

    public static string Key(string query, string? operationName, string? variablesJson, string callerStamp) =>
        string.Join('\u001f', callerStamp, operationName, variablesJson, query);

    /// <summary>
    /// A result of its own for this request: the argument tables are copied because execution adds entries to them
    /// when it merges fields selected twice; the values inside are only read. The kept copy is never handed out itself.
    /// </summary>
    public IValidationResult? Find(ISchema schema, GraphQLDocument document, string key) =>
        _results.TryGetValue(key, out var entry) && ReferenceEquals(entry.Schema, schema) && ReferenceEquals(entry.Document, document)
            ? new Repeat(entry.Result)
            : null;

    public void Add(ISchema schema, GraphQLDocument document, string key, IValidationResult result)
    {
        if (!result.IsValid)
        {
            return;
        }

        if (_results.Count >= _capacity)
        {
            _results.Clear();
        }

        // A copy taken now: the request that validated goes on to execute with the original tables and may add to them.
        _results[key] = (schema, document, new Repeat(result));
    }

    private sealed class Repeat(IValidationResult passed) : IValidationResult
    {
        public bool IsValid => true;

        public ExecutionErrors Errors { get; } = [];

        public Variables? Variables { get; } = passed.Variables;

        public IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? ArgumentValues { get; } =
            passed.ArgumentValues is { } arguments ? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>(arguments) : null;

        public IReadOnlyDictionary<ASTNode, IDictionary<string, DirectiveInfo>>? DirectiveValues { get; } =
            passed.DirectiveValues is { } directives ? new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>(directives) : null;
    }
}

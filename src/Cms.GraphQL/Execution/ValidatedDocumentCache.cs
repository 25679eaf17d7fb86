using System.Collections.Concurrent;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Cms.GraphQL.Execution;

/// <summary>
/// Parsed documents that passed the schema's static validation (the spec's rules), by query text. A hit skips parsing
/// and those rules; the rules that depend on the caller or the variables (permissions, limits) still run every time.
/// An entry counts only for the schema it was validated against, so a definitions change revalidates. Bounded: when
/// full it starts over, which costs one validation per query.
/// </summary>
internal sealed class ValidatedDocumentCache
{
    private readonly ConcurrentDictionary<string, (ISchema Schema, GraphQLDocument Document)> _documents = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public ValidatedDocumentCache(int capacity)
    {
        _capacity = capacity;
    }

    public GraphQLDocument? Find(ISchema schema, string query) =>
        _documents.TryGetValue(query, out var entry) && ReferenceEquals(entry.Schema, schema) ? entry.Document : null;

    public void Add(ISchema schema, string query, GraphQLDocument document)
    {
        if (_documents.Count >= _capacity)
        {
            _documents.Clear();
        }

        // Two first requests for a text may both parse it; the first document stays, so its identity is stable for
        // what is keyed by its nodes (see ValidatedRequestCache).
        _documents.AddOrUpdate(query, (schema, document), (_, existing) => ReferenceEquals(existing.Schema, schema) ? existing : (schema, document));
    }
}

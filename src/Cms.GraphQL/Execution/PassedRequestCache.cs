using System.Collections.Concurrent;
using GraphQL.Types;

namespace Cms.GraphQL.Execution;

/// <summary>
/// Requests that passed the per-request rules (permissions and limits), by everything those rules read: the query,
/// the operation, the variables as sent, the caller and the authorization snapshot. Front ends send the same few
/// requests over and over; a repeat skips the rules' walk over the document. An entry counts only for the schema it
/// passed against. Bounded: when full it starts over, which costs one walk per request.
/// </summary>
internal sealed class PassedRequestCache
{
    private readonly ConcurrentDictionary<string, ISchema> _passed = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public PassedRequestCache(int capacity)
    {
        _capacity = capacity;
    }

    public static string Key(string query, string? operationName, string? variablesJson, string callerStamp) =>
        string.Join('\u001f', callerStamp, operationName, variablesJson, query);

    public bool Contains(ISchema schema, string key) => _passed.TryGetValue(key, out var passedSchema) && ReferenceEquals(passedSchema, schema);

    public void Add(ISchema schema, string key)
    {
        if (_passed.Count >= _capacity)
        {
            _passed.Clear();
        }

        _passed[key] = schema;
    }
}

using System.Collections.Concurrent;

namespace Cms.GraphQL.Http;

/// <summary>
/// Query texts by key, in this node's memory, in front of the store (<see cref="PersistedDocuments"/>). Bounded: the
/// oldest entries go first; a key evicted here is read from the store again.
/// </summary>
internal sealed class PersistedQueryCache
{
    private readonly ConcurrentDictionary<string, string> _queries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly int _capacity;

    public PersistedQueryCache(int capacity)
    {
        _capacity = capacity;
    }

    public static string Hash(string query) => Persisted.PersistedQueryKey.Hash(query);

    public string? Find(string hash) => _queries.GetValueOrDefault(hash);

    public void Add(string hash, string query)
    {
        if (_queries.TryAdd(hash, query))
        {
            _order.Enqueue(hash);
            while (_queries.Count > _capacity && _order.TryDequeue(out var oldest))
            {
                _queries.TryRemove(oldest, out _);
            }
        }
    }
}

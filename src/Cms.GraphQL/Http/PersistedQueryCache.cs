using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Cms.GraphQL.Http;

/// <summary>
/// Query texts by their SHA-256 (Apollo automatic persisted queries). Bounded: the oldest entries go first.
/// Per node is enough: a client that misses sends the text once more.
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

    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

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

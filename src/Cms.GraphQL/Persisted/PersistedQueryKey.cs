using System.Security.Cryptography;
using System.Text;

namespace Cms.GraphQL.Persisted;

/// <summary>
/// How a persisted query is named: the lowercase hex SHA-256 of its UTF-8 text (Apollo's <c>sha256Hash</c>), or an id
/// a manifest chose. The GraphQL-over-HTTP proposal prefixes hashes with <c>sha256:</c>; the prefix is dropped so both
/// spellings find the same text.
/// </summary>
public static class PersistedQueryKey
{
    private const string Sha256Prefix = "sha256:";

    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>The stored form of a document id or hash: without the <c>sha256:</c> prefix, hex hashes in lowercase.</summary>
    public static string Normalize(string id)
    {
        var key = id.StartsWith(Sha256Prefix, StringComparison.OrdinalIgnoreCase) ? id[Sha256Prefix.Length..] : id;
        return IsSha256(key) ? key.ToLowerInvariant() : key;
    }

    /// <summary>Whether a key has the shape of a SHA-256 in hex (64 hex digits), so its text must hash to it.</summary>
    public static bool IsSha256(string key) => key.Length == 64 && key.All(char.IsAsciiHexDigit);
}

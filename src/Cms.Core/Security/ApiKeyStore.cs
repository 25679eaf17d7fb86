using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cms.Core.Storage;

namespace Cms.Core.Security;

/// <summary>
/// API keys in the document store: created (the key is returned once), listed, revoked, and checked per
/// request by one read of the key's document, so a revocation or expiry holds on the next request on every node.
/// A key is <c>cms_</c> + its 16-hex-digit id + <c>_</c> + a 256-bit secret in hex: high-entropy, so a plain
/// SHA-256 of the secret is enough (a slow password hash would only cost every request).
/// </summary>
public sealed class ApiKeyStore
{
    private const string Prefix = "cms_";
    private const int KeyIdBytes = 8;
    private const int SecretBytes = 32;

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly DocumentStore _store;
    private readonly TimeProvider _clock;

    public ApiKeyStore(DocumentStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
    }

    /// <summary>Stores a new key and returns it with the only copy of the key text the caller will ever see.</summary>
    public async Task<(ApiKeyRecord Record, string Key)> CreateAsync(string name, string roleName, DateTime? expiresUtc, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(roleName);
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyIdBytes));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretBytes));
        var record = new ApiKeyRecord
        {
            KeyId = keyId,
            Name = name.Trim(),
            RoleName = roleName.Trim(),
            SecretHash = Convert.ToHexStringLower(HashSecret(secret)),
            CreatedUtc = _clock.GetUtcNow().UtcDateTime,
            ExpiresUtc = expiresUtc,
        };
        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        await session.InsertDocumentAsync(DocumentTypes.ApiKey, keyId, JsonSerializer.Serialize(record, JsonOptions), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return (record, Prefix + keyId + "_" + secret);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        var documents = await session.GetDocumentsAsync(DocumentTypes.ApiKey, cancellationToken);
        return documents.Select(d => JsonSerializer.Deserialize<ApiKeyRecord>(d.Content, JsonOptions)!)
            .OrderBy(k => k.CreatedUtc).ThenBy(k => k.KeyId, StringComparer.Ordinal).ToList();
    }

    /// <summary>Deletes the key; false when there is no such key.</summary>
    public async Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        if (await session.GetDocumentAsync(DocumentTypes.ApiKey, keyId, cancellationToken) is not { } stored)
        {
            return false;
        }

        await session.DeleteDocumentAsync(stored.Id, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The stored key the presented text matches, or null when it is malformed, unknown, revoked or expired.</summary>
    public async Task<ApiKeyRecord?> FindValidAsync(string presented, CancellationToken cancellationToken)
    {
        if (!TryParse(presented, out var keyId, out var secret))
        {
            return null;
        }

        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        if (await session.GetDocumentAsync(DocumentTypes.ApiKey, keyId, cancellationToken) is not { } stored)
        {
            return null;
        }

        var record = JsonSerializer.Deserialize<ApiKeyRecord>(stored.Content, JsonOptions)!;
        var expected = Convert.FromHexString(record.SecretHash);
        if (!CryptographicOperations.FixedTimeEquals(expected, HashSecret(secret)))
        {
            return null;
        }

        return record.IsExpired(_clock.GetUtcNow().UtcDateTime) ? null : record;
    }

    private static bool TryParse(string presented, out string keyId, out string secret)
    {
        keyId = secret = "";
        var text = presented.Trim();
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || text[Prefix.Length..].Split('_') is not [var id, var hex] ||
            id.Length != KeyIdBytes * 2 || hex.Length != SecretBytes * 2 || !IsLowerHex(id))
        {
            return false;
        }

        (keyId, secret) = (id, hex);
        return true;
    }

    private static bool IsLowerHex(string text) => text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private static byte[] HashSecret(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}

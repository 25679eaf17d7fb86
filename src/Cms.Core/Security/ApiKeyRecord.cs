namespace Cms.Core.Security;

/// <summary>
/// A stored API key: who it acts as (one role) and until when. The secret itself is never stored, only its
/// SHA-256 hash; the public <see cref="KeyId"/> is the lookup key and is part of the key the caller sends.
/// </summary>
public sealed class ApiKeyRecord
{
    /// <summary>16 lower-case hex characters, shown in the admin and sent inside the key.</summary>
    public string KeyId { get; set; } = "";

    /// <summary>What the key is for (the front end or script holding it), as the admin named it.</summary>
    public string Name { get; set; } = "";

    public string RoleName { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret part of the key.</summary>
    public string SecretHash { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the key stops working; null for a key that works until it is revoked.</summary>
    public DateTime? ExpiresUtc { get; set; }

    public bool IsExpired(DateTime nowUtc) => ExpiresUtc is { } expires && nowUtc >= expires;
}

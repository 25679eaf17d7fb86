using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Cms.Web.Preview;

/// <summary>
/// Issues and reads preview tokens: the item id, the issuing user and the expiry, sealed with Data Protection. They
/// are stateless and valid on every node that shares the data folder's keys. The expiry is ours, read from the
/// <see cref="TimeProvider"/>, rather than the time-limited protector's (which reads the system clock).
/// </summary>
public sealed class PreviewTokens
{
    /// <summary>Tells a preview token from an API key (<c>cms_...</c>) in the same Authorization header.</summary>
    public const string Prefix = "preview.";

    private const string Purpose = "Cms.PreviewToken.v1";
    private const char Separator = '|';

    private readonly IDataProtector _protector;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;

    public PreviewTokens(IDataProtectionProvider protection, TimeProvider clock, IOptions<PreviewTokenOptions> options)
    {
        _protector = protection.CreateProtector(Purpose);
        _clock = clock;
        _lifetime = TimeSpan.FromMinutes(options.Value.TokenMinutes);
    }

    public static bool IsPreviewToken(string credential) => credential.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// A token for one item; the caller has checked that the user <paramref name="issuedBy"/> may preview it. The
    /// user's current <paramref name="securityStamp"/> goes in, so disabling them or signing them out everywhere ends it.
    /// </summary>
    public string Issue(string contentItemId, string issuedBy, string? securityStamp)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentItemId);
        ArgumentException.ThrowIfNullOrEmpty(issuedBy);
        var expires = _clock.GetUtcNow().Add(_lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        // Protect(string) gives base64url, so the token goes into a URL's query string as it is.
        return Prefix + _protector.Protect(string.Join(Separator, contentItemId, issuedBy, securityStamp ?? "", expires));
    }

    /// <summary>The grant, or null when the token is not ours, was altered, or has expired.</summary>
    public PreviewTokenGrant? Read(string token)
    {
        if (!IsPreviewToken(token))
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token[Prefix.Length..]);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }

        var parts = payload.Split(Separator);
        if (parts.Length != 4 || parts[0].Length == 0 || parts[1].Length == 0 ||
            !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return _clock.GetUtcNow() < expires ? new PreviewTokenGrant(parts[0], parts[1], parts[2], expires) : null;
    }
}

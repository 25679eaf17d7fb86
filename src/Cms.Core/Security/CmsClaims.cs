using System.Security.Claims;

namespace Cms.Core.Security;

/// <summary>How a signed-in user is written into and read out of claims (cookie, test handler, tokens).</summary>
public static class CmsClaims
{
    public const string SecurityStampType = "cms:stamp";

    /// <summary>
    /// What the sign-in cookie carries: who and which security stamp, never roles. Roles are read from the store
    /// on every request (<see cref="ToIdentity"/>), so taking a role away takes effect on the user's next request.
    /// </summary>
    public static ClaimsIdentity ToCookieIdentity(UserRecord user, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.UserId));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName));
        identity.AddClaim(new Claim(SecurityStampType, user.SecurityStamp ?? ""));
        return identity;
    }

    /// <summary>The request's identity: the cookie's claims plus the roles the stored user has now.</summary>
    public static ClaimsIdentity ToIdentity(UserRecord user, string authenticationType)
    {
        var identity = ToCookieIdentity(user, authenticationType);
        foreach (var role in user.RoleNames)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        return identity;
    }

    /// <summary>The claim naming the API key a request was authenticated with.</summary>
    public const string ApiKeyIdClaim = "cms:apikey";

    public static ClaimsIdentity ToIdentity(ApiKeyRecord key, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ApiKeyIdClaim, key.KeyId));
        identity.AddClaim(new Claim(ClaimTypes.Name, key.Name));
        identity.AddClaim(new Claim(ClaimTypes.Role, key.RoleName));
        return identity;
    }

    /// <summary>The claim naming the one content item a preview token lets the request read.</summary>
    public const string PreviewContentItemClaim = "cms:preview";

    /// <summary>A preview token's caller: the item it may read and who issued it (for logs); no roles, no user id.</summary>
    public static ClaimsIdentity ToPreviewIdentity(string contentItemId, string issuedBy, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(PreviewContentItemClaim, contentItemId));
        identity.AddClaim(new Claim(ClaimTypes.Name, issuedBy));
        return identity;
    }

    /// <summary>The caller as the authorization service sees it; anonymous when not authenticated.</summary>
    public static CmsPrincipal ToPrincipal(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated == true && user.FindFirstValue(PreviewContentItemClaim) is { Length: > 0 } previewItemId)
        {
            return CmsPrincipal.ForPreview(previewItemId, user.FindFirstValue(ClaimTypes.Name) ?? "");
        }

        if (user?.Identity?.IsAuthenticated == true && user.FindFirstValue(ApiKeyIdClaim) is { Length: > 0 } keyId &&
            user.FindFirstValue(ClaimTypes.Role) is { Length: > 0 } keyRole)
        {
            return CmsPrincipal.ForApiKey(keyId, user.FindFirstValue(ClaimTypes.Name) ?? keyId, keyRole);
        }

        if (user?.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } userId)
        {
            return CmsPrincipal.Anonymous;
        }

        return CmsPrincipal.ForUser(userId, user.FindFirstValue(ClaimTypes.Name) ?? userId,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value));
    }
}

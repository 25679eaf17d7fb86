using System.Security.Claims;
using System.Text.Encodings.Web;
using Cms.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Hosting;

/// <summary>
/// <c>Authorization: Bearer &lt;API key&gt;</c>: the key is looked up in the store on every request (one indexed
/// read), so a revoked or expired key fails on the next request on every node.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    private const string BearerPrefix = "Bearer ";

    private readonly ApiKeyStore _keys;

    public ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys)
        : base(options, logger, encoder)
    {
        _keys = keys;
    }

    /// <summary>Whether the request offers a bearer credential (valid or not).</summary>
    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = Request.Headers.Authorization.ToString()[BearerPrefix.Length..];
        if (await _keys.FindValidAsync(presented, Context.RequestAborted) is not { } key)
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked or expired.");
        }

        var principal = new ClaimsPrincipal(CmsClaims.ToIdentity(key, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Task.CompletedTask;
    }
}

using System.Security.Claims;
using System.Text.Encodings.Web;
using Cms.Core.Security;
using Cms.Web.Preview;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Hosting;

/// <summary>
/// <c>Authorization: Bearer preview.…</c>: a front end showing an editor's draft. The caller is anonymous plus a
/// grant to read that one item (<see cref="CmsPrincipal.ForPreview"/>); the token is checked without a store read.
/// </summary>
internal sealed class PreviewTokenAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    private readonly PreviewTokens _tokens;

    public PreviewTokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
        PreviewTokens tokens)
        : base(options, logger, encoder)
    {
        _tokens = tokens;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerCredential.Read(Request) is not { } credential || !PreviewTokens.IsPreviewToken(credential))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (_tokens.Read(credential) is not { } grant)
        {
            return Task.FromResult(AuthenticateResult.Fail("The preview token is malformed or expired."));
        }

        var identity = CmsClaims.ToPreviewIdentity(grant.ContentItemId, grant.IssuedBy, Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Task.CompletedTask;
    }
}

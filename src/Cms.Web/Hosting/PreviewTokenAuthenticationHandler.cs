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
/// grant to read that one item (<see cref="CmsPrincipal.ForPreview"/>). The issuing user is read on every request
/// (one document by key, as the sign-in cookie is): disabled, deleted or signed out everywhere ends their tokens.
/// </summary>
internal sealed class PreviewTokenAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    private readonly PreviewTokens _tokens;
    private readonly UserSignIn _users;

    public PreviewTokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
        PreviewTokens tokens, UserSignIn users)
        : base(options, logger, encoder)
    {
        _tokens = tokens;
        _users = users;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerCredential.Read(Request) is not { } credential || !PreviewTokens.IsPreviewToken(credential))
        {
            return AuthenticateResult.NoResult();
        }

        if (_tokens.Read(credential) is not { } grant)
        {
            return AuthenticateResult.Fail("The preview token is malformed or expired.");
        }

        if (await _users.FindCurrentAsync(grant.IssuedBy, grant.SecurityStamp, Context.RequestAborted) is null)
        {
            return AuthenticateResult.Fail("The user who opened the preview is disabled, deleted or was signed out everywhere.");
        }

        var identity = CmsClaims.ToPreviewIdentity(grant.ContentItemId, grant.IssuedBy, Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Task.CompletedTask;
    }
}

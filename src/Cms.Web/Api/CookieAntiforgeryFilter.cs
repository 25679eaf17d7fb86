using Cms.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Cms.Web.Api;

/// <summary>
/// A browser sends the sign-in cookie with any request, whichever site started it, so an API write carried by
/// the cookie must also carry the antiforgery token (header <c>X-CSRF-TOKEN</c>, the value of any admin page's
/// <c>__RequestVerificationToken</c> field), which another site cannot read. Requests with an API key, or with
/// no credential at all, are not at risk and pass.
/// </summary>
internal sealed class CookieAntiforgeryFilter : IEndpointFilter
{
    private readonly IAntiforgery _antiforgery;

    public CookieAntiforgeryFilter(IAntiforgery antiforgery)
    {
        _antiforgery = antiforgery;
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!ApiEndpoints.IsWrite(http.Request.Method) || ApiKeyAuthenticationHandler.HasBearer(http.Request) ||
            !(await http.AuthenticateAsync(SecurityServices.CookieScheme)).Succeeded)
        {
            return await next(context);
        }

        if (await _antiforgery.IsRequestValidAsync(http))
        {
            return await next(context);
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token missing or invalid",
            detail: "This request is signed in by the admin's cookie, so it must send the antiforgery token of an admin page " +
                "in the X-CSRF-TOKEN header. Scripts and front ends should use an API key (Authorization: Bearer) instead.");
    }
}

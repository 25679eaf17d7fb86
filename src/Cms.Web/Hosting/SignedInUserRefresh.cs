using System.Security.Claims;
using Cms.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Cms.Web.Hosting;

/// <summary>
/// Runs on every request that carries a sign-in cookie: the stored user is read (one document by key) and the
/// request's principal is rebuilt from it, so a disabled or deleted user, a new security stamp or a changed set
/// of roles takes effect on the user's next request, on every node. The cookie itself is not rewritten.
/// </summary>
internal static class SignedInUserRefresh
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(userId))
        {
            await RejectAsync(context);
            return;
        }

        var signIn = context.HttpContext.RequestServices.GetRequiredService<UserSignIn>();
        var stamp = context.Principal?.FindFirstValue(CmsClaims.SecurityStampType);
        if (await signIn.FindCurrentAsync(userId, stamp, context.HttpContext.RequestAborted) is not { } user)
        {
            await RejectAsync(context);
            return;
        }

        // Only this request's principal: the cookie handler renews the cookie from the ticket it read, so roles never reach it.
        context.ReplacePrincipal(new ClaimsPrincipal(CmsClaims.ToIdentity(user, SecurityServices.CookieScheme)));
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(SecurityServices.CookieScheme);
    }
}

using System.ComponentModel.DataAnnotations;
using Cms.Core.Security;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Account;

public sealed class LoginModel : PageModel
{
    /// <summary>One answer for an unknown name, a wrong password and a locked account, so none can be told apart.</summary>
    public const string RefusedMessage =
        "The user name or password is not correct, or this account is paused after repeated failures. Try again in a few minutes.";

    public const string ThrottledMessage = "Too many failed sign-ins from your network address. Wait a few minutes and try again.";

    private readonly UserSignIn _signIn;
    private readonly SignInThrottle _throttle;

    public LoginModel(UserSignIn signIn, SignInThrottle throttle)
    {
        _signIn = signIn;
        _throttle = throttle;
    }

    [BindProperty]
    [Required(ErrorMessage = "Enter your user name.")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (_throttle.IsThrottled(HttpContext))
        {
            ModelState.AddModelError("", ThrottledMessage);
            HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await _signIn.PasswordSignInAsync(UserName, Password, cancellationToken);
        switch (result.Status)
        {
            case UserSignInStatus.Succeeded:
                var identity = CmsClaims.ToCookieIdentity(result.User!, SecurityServices.CookieScheme);
                await HttpContext.SignInAsync(SecurityServices.CookieScheme, new System.Security.Claims.ClaimsPrincipal(identity));
                // Only local return addresses: an open redirect would hand the fresh session to another site.
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/admin");
            case UserSignInStatus.Disabled:
                ModelState.AddModelError("", "This account is disabled.");
                break;
            default:
                _throttle.RecordFailure(HttpContext);
                ModelState.AddModelError("", RefusedMessage);
                break;
        }

        return Page();
    }
}

using System.ComponentModel.DataAnnotations;
using Cms.Core.Security;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Account;

public sealed class LoginModel : PageModel
{
    private readonly UserSignIn _signIn;

    public LoginModel(UserSignIn signIn)
    {
        _signIn = signIn;
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
            case UserSignInStatus.LockedOut:
                ModelState.AddModelError("", "This account is locked after too many failed attempts. Try again in a few minutes.");
                break;
            case UserSignInStatus.Disabled:
                ModelState.AddModelError("", "This account is disabled.");
                break;
            default:
                ModelState.AddModelError("", "The user name or password is not correct.");
                break;
        }

        return Page();
    }
}

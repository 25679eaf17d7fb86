using System.ComponentModel.DataAnnotations;
using Cms.Core.Security;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Account;

public sealed class PasswordModel : PageModel
{
    private readonly UserSignIn _signIn;
    private readonly AdminCaller _caller;
    private readonly SignInThrottle _throttle;
    private readonly PasswordPolicy _policy;

    public PasswordModel(UserSignIn signIn, AdminCaller caller, SignInThrottle throttle, PasswordPolicy policy)
    {
        _signIn = signIn;
        _caller = caller;
        _throttle = throttle;
        _policy = policy;
    }

    public int MinimumPasswordLength => _policy.MinimumLength;

    [BindProperty]
    [Required(ErrorMessage = "Enter your current password.")]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter a new password.")]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords are not the same.")]
    public string ConfirmPassword { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (_throttle.IsThrottled(HttpContext))
        {
            ModelState.AddModelError("", LoginModel.ThrottledMessage);
            HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await _signIn.ChangePasswordAsync(_caller.Principal.UserId!, CurrentPassword, NewPassword, cancellationToken);
        if (result.CurrentPasswordRefused)
        {
            _throttle.RecordFailure(HttpContext);
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (result.User is null)
        {
            return Page();
        }

        // The new security stamp invalidates every other cookie; this browser gets a fresh one.
        await HttpContext.SignInAsync(SecurityServices.CookieScheme,
            new System.Security.Claims.ClaimsPrincipal(CmsClaims.ToCookieIdentity(result.User, SecurityServices.CookieScheme)));
        TempData["Message"] = "Your password was changed.";
        return Redirect("/admin");
    }
}

using Cms.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Account;

/// <summary>Sign-out is a POST (with antiforgery) so a link on another site cannot sign editors out.</summary>
public sealed class LogoutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(SecurityServices.CookieScheme);
        return Redirect("/admin/login");
    }
}

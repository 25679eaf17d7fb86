using System.ComponentModel.DataAnnotations;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Core.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cms.Web.Admin.Pages.Users;

/// <summary>Creates or edits a user (ManageUsers): name, e-mail, enabled, a new password, and roles (AssignRoles).</summary>
public sealed class EditModel : PageModel
{
    private readonly DocumentStore _store;
    private readonly AdminCaller _caller;
    private readonly UserPasswords _passwords;
    private readonly PasswordPolicy _policy;
    private readonly TimeProvider _clock;

    public EditModel(DocumentStore store, AdminCaller caller, UserPasswords passwords, PasswordPolicy policy, TimeProvider clock)
    {
        _store = store;
        _caller = caller;
        _passwords = passwords;
        _policy = policy;
        _clock = clock;
    }

    /// <summary>The user's id, or "new".</summary>
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "new";

    [BindProperty]
    [Required(ErrorMessage = "Enter a user name.")]
    [RegularExpression(@"^[^\s<>""']+$", ErrorMessage = "The user name may not contain spaces, quotes or angle brackets.")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    public string? Email { get; set; }

    [BindProperty]
    public bool IsEnabled { get; set; } = true;

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public bool IsNew => Id == "new";

    public int MinimumPasswordLength => _policy.MinimumLength;

    public bool CanAssignRoles => _caller.Has(PermissionCatalog.AssignRoles);

    public bool IsSelf => Id == _caller.Principal.UserId;

    /// <summary>When a locked-out user may sign in again; null when not locked out.</summary>
    public DateTime? LockedUntil { get; private set; }

    /// <summary>Roles a user can be given: every role but the implicit Anonymous and Authenticated.</summary>
    public IReadOnlyList<string> AssignableRoles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageUsers))
        {
            return Forbid();
        }

        await using var session = await _store.OpenReadSessionAsync(cancellationToken);
        await LoadRolesAsync(session, cancellationToken);
        if (IsNew)
        {
            return Page();
        }

        if (await SecurityStore.FindUserByIdAsync(session, Id, cancellationToken) is not { } user)
        {
            return NotFound();
        }

        (UserName, Email, IsEnabled, Roles) = (user.UserName, user.Email, user.IsEnabled, user.RoleNames);
        LockedUntil = user.LockoutEndUtc > _clock.GetUtcNow().UtcDateTime ? user.LockoutEndUtc : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageUsers))
        {
            return Forbid();
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        await LoadRolesAsync(session, cancellationToken);
        var user = IsNew ? new UserRecord { UserId = IdGenerator.NewId(), SecurityStamp = UserPasswords.NewSecurityStamp() }
            : await SecurityStore.FindUserByIdAsync(session, Id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        user.UserName = UserName.Trim();
        user.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        if (!IsSelf && user.IsEnabled != IsEnabled)
        {
            user.IsEnabled = IsEnabled;
            user.SecurityStamp = UserPasswords.NewSecurityStamp();
        }

        if (CanAssignRoles)
        {
            user.RoleNames = AssignableRoles.Where(r => Roles.Contains(r, SystemRoles.NameComparer)).ToList();
        }

        if (!string.IsNullOrEmpty(NewPassword))
        {
            // A reset also lifts a lockout: the administrator has just given the user a known password.
            _passwords.SetPassword(user, NewPassword);
            user.AccessFailedCount = 0;
            user.LockoutEndUtc = null;
        }

        try
        {
            await SecurityStore.SaveUserAsync(session, user, cancellationToken);
        }
        catch (UserConflictException conflict)
        {
            ModelState.AddModelError(nameof(UserName), conflict.Message);
            return Page();
        }

        await session.CommitAsync(cancellationToken);
        TempData["Message"] = IsNew ? $"User {user.UserName} created." : $"User {user.UserName} saved.";
        return Redirect($"/admin/users/{user.UserId}");
    }

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        await ChangeAsync(user =>
        {
            user.AccessFailedCount = 0;
            user.LockoutEndUtc = null;
        }, "unlocked", cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageUsers))
        {
            return Forbid();
        }

        if (IsSelf || IsNew)
        {
            TempData["Error"] = "You cannot delete your own account.";
            return Redirect($"/admin/users/{Id}");
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        if (!await SecurityStore.DeleteUserAsync(session, Id, cancellationToken))
        {
            return NotFound();
        }

        await session.CommitAsync(cancellationToken);
        TempData["Message"] = "The user was deleted.";
        return Redirect("/admin/users");
    }

    private async Task<IActionResult> ChangeAsync(Action<UserRecord> change, string done, CancellationToken cancellationToken)
    {
        if (!_caller.Has(PermissionCatalog.ManageUsers))
        {
            return Forbid();
        }

        await using var session = await _store.OpenWriteSessionAsync(cancellationToken);
        if (await SecurityStore.FindUserByIdAsync(session, Id, cancellationToken) is not { } user)
        {
            return NotFound();
        }

        change(user);
        await SecurityStore.SaveUserAsync(session, user, cancellationToken);
        await session.CommitAsync(cancellationToken);
        TempData["Message"] = $"{user.UserName} was {done}.";
        return Redirect($"/admin/users/{Id}");
    }

    private void Validate()
    {
        if (IsNew && string.IsNullOrEmpty(NewPassword))
        {
            ModelState.AddModelError(nameof(NewPassword), "Enter a password for the new user.");
        }
        else if (!string.IsNullOrEmpty(NewPassword) && _policy.Check(NewPassword, UserName, Email) is { } refused)
        {
            ModelState.AddModelError(nameof(NewPassword), refused);
        }
    }

    private async Task LoadRolesAsync(SqlSession session, CancellationToken cancellationToken) =>
        AssignableRoles = (await SecurityStore.LoadRolesAsync(session, cancellationToken))
            .Select(r => r.Name)
            .Where(n => !SystemRoles.NameComparer.Equals(n, SystemRoles.Anonymous) && !SystemRoles.NameComparer.Equals(n, SystemRoles.Authenticated))
            .Distinct(SystemRoles.NameComparer)
            .ToList();
}

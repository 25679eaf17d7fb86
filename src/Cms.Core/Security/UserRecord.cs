namespace Cms.Core.Security;

/// <summary>
/// A user account. Property names are those of Orchard's Users recipe entries, so an exported user imports
/// into Orchard (and back) unchanged; the password hash is ASP.NET Core Identity's format, as Orchard's is.
/// </summary>
public sealed class UserRecord
{
    /// <summary>The 26-character id content items name as their Owner.</summary>
    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    /// <summary>The lookup key for <see cref="UserName"/>; see <see cref="NormalizeKey"/>.</summary>
    public string NormalizedUserName { get; set; } = "";

    public string? Email { get; set; }

    public string? NormalizedEmail { get; set; }

    public string? PasswordHash { get; set; }

    public bool EmailConfirmed { get; set; }

    public bool IsEnabled { get; set; } = true;

    public bool IsLockoutEnabled { get; set; }

    public int AccessFailedCount { get; set; }

    public DateTime? LockoutEndUtc { get; set; }

    /// <summary>Changes whenever credentials change, so sign-in cookies issued before become invalid.</summary>
    public string? SecurityStamp { get; set; }

    public List<string> RoleNames { get; set; } = [];

    /// <summary>The form user names and emails are looked up by: Unicode-normalized, upper invariant (Identity's default).</summary>
    public static string? NormalizeKey(string? value) => value?.Normalize().ToUpperInvariant();
}

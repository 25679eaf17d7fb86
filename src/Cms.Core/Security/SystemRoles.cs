namespace Cms.Core.Security;

/// <summary>The roles every site has; they cannot be deleted and callers are placed in them implicitly.</summary>
public static class SystemRoles
{
    /// <summary>Holds every permission, whatever its stored list says.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Every signed-in user is in it, in addition to their assigned roles.</summary>
    public const string Authenticated = "Authenticated";

    /// <summary>Callers who are not signed in are in this role and no other.</summary>
    public const string Anonymous = "Anonymous";

    /// <summary>Role names are matched ignoring case, as Orchard compares normalized role names.</summary>
    public static StringComparer NameComparer => StringComparer.OrdinalIgnoreCase;

    public static IReadOnlyList<string> All { get; } = [Administrator, Authenticated, Anonymous];

    public static bool IsSystemRole(string roleName) =>
        NameComparer.Equals(roleName, Administrator) || NameComparer.Equals(roleName, Authenticated) || NameComparer.Equals(roleName, Anonymous);
}

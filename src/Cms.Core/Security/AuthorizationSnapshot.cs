using System.Collections.Frozen;
using Cms.Core.Definitions;

namespace Cms.Core.Security;

/// <summary>
/// Each role's effective permissions (granted names plus everything they imply) for one version of the
/// roles and of the definitions, computed once so a request's checks are set look-ups.
/// </summary>
internal sealed class AuthorizationSnapshot
{
    private static readonly int ActionCount = Enum.GetValues<ContentAction>().Length;

    // Global permission names indexed by Slot(action, own); null where an Own variant does not exist.
    private static readonly string?[] GlobalNames = BuildNames(action => PermissionCatalog.For(action.Action, action.Own)?.Name);

    private readonly FrozenDictionary<string, FrozenSet<string>> _effectiveByRole;
    private readonly FrozenDictionary<string, string?[]> _securableTypeNames;

    public AuthorizationSnapshot(IEnumerable<RoleRecord> roles, ContentDefinitionDocument definitions, string rolesVersion, string definitionsVersion)
    {
        RolesVersion = rolesVersion;
        DefinitionsVersion = definitionsVersion;

        var implies = BuildImplications(PermissionCatalog.ForDefinitions(definitions));
        _effectiveByRole = roles
            .GroupBy(r => r.Name.Trim(), SystemRoles.NameComparer)
            .ToFrozenDictionary(g => g.Key, g => Close(g.SelectMany(r => r.Permissions), implies), SystemRoles.NameComparer);

        _securableTypeNames = definitions.Types
            .Where(t => t.TypeSettings.Securable)
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => BuildNames(slot => ContentTypePermissions.NameFor(slot.Action, slot.Own, g.Key)),
                StringComparer.Ordinal);
    }

    public static AuthorizationSnapshot Empty { get; } = new([], new ContentDefinitionDocument(), "", "");

    public string RolesVersion { get; }

    public string DefinitionsVersion { get; }

    public bool Has(CmsPrincipal user, string permission)
    {
        foreach (var role in user.RoleNames)
        {
            if (SystemRoles.NameComparer.Equals(role, SystemRoles.Administrator))
            {
                return true;
            }

            if (_effectiveByRole.TryGetValue(role, out var permissions) && permissions.Contains(permission))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The permission that allows an action on any item of the type, and the one that allows it on own items.</summary>
    public (string Any, string? Own) NamesFor(ContentAction action, string contentType)
    {
        var names = _securableTypeNames.TryGetValue(contentType, out var perType) ? perType : GlobalNames;
        return (names[Slot(action, own: false)]!, names[Slot(action, own: true)]);
    }

    private static int Slot(ContentAction action, bool own) => ((int)action * 2) + (own ? 1 : 0);

    private static string?[] BuildNames(Func<(ContentAction Action, bool Own), string?> nameOf)
    {
        var names = new string?[ActionCount * 2];
        foreach (var action in Enum.GetValues<ContentAction>())
        {
            names[Slot(action, own: false)] = nameOf((action, false));
            names[Slot(action, own: true)] = nameOf((action, true));
        }

        return names;
    }

    // Inverts "P is implied by Q" into "Q implies P", the direction a closure from granted names walks.
    private static Dictionary<string, List<string>> BuildImplications(IReadOnlyList<Permission> catalog)
    {
        var implies = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var permission in catalog)
        {
            foreach (var stronger in permission.ImpliedBy)
            {
                if (!implies.TryGetValue(stronger.Name, out var weaker))
                {
                    weaker = [];
                    implies[stronger.Name] = weaker;
                }

                weaker.Add(permission.Name);
            }
        }

        return implies;
    }

    private static FrozenSet<string> Close(IEnumerable<string> granted, Dictionary<string, List<string>> implies)
    {
        var effective = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(granted);
        while (pending.TryPop(out var name))
        {
            if (effective.Add(name) && implies.TryGetValue(name, out var weaker))
            {
                foreach (var implied in weaker)
                {
                    pending.Push(implied);
                }
            }
        }

        return effective.ToFrozenSet(StringComparer.Ordinal);
    }
}

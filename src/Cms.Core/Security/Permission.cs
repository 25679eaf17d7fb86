using System.Diagnostics.CodeAnalysis;

namespace Cms.Core.Security;

/// <summary>
/// A named right a role can hold. <see cref="ImpliedBy"/> lists the permissions that grant this one too,
/// so holding <c>PublishContent</c> also grants <c>EditContent</c>, which grants <c>ViewContent</c>, and so on.
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "Orchard's name for the concept; recipes, the role editor and callers all say Permission.")]
public sealed class Permission
{
    public Permission(string name, string description, string category, IReadOnlyList<Permission>? impliedBy = null, bool isSecurityCritical = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Description = description;
        Category = category;
        ImpliedBy = impliedBy ?? [];
        IsSecurityCritical = isSecurityCritical;
    }

    public string Name { get; }

    public string Description { get; }

    /// <summary>The heading the role editor groups this permission under.</summary>
    public string Category { get; }

    public IReadOnlyList<Permission> ImpliedBy { get; }

    /// <summary>True when holding it lets a user raise their own rights; the role editor warns about these.</summary>
    public bool IsSecurityCritical { get; }

    public override string ToString() => Name;
}

using System.ComponentModel.DataAnnotations;

namespace Cms.Core.Security;

/// <summary>
/// The <c>Cms:Passwords</c> section. Following NIST SP 800-63B: a minimum length and a list of refused common
/// passwords, and no composition rules (they push people to predictable substitutions, not stronger passwords).
/// </summary>
public sealed class PasswordPolicyOptions
{
    public const string SectionName = "Cms:Passwords";

    /// <summary>Fewest characters (Unicode code points) a new password may have. Default 12; at least 8, as NIST requires.</summary>
    [Range(8, 128)]
    public int MinimumLength { get; set; } = 12;
}

using System.Globalization;
using System.Text;

namespace Cms.Core.Definitions;

/// <summary>Orchard Core's rules and messages for technical names of types, parts and fields.</summary>
public static class TechnicalNameValidator
{
    public const int MaxLength = 128;

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Id", "ContentItemId", "ContentItemVersionId", "ContentType", "Published", "Latest", "ModifiedUtc",
        "PublishedUtc", "CreatedUtc", "Owner", "Author", "DisplayText", "Number", "Content",
    };

    /// <summary>The first rule the name breaks, with Orchard's message, or null when it is valid.</summary>
    public static string? Validate(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "The Technical Name can't be empty.";
        }

        if (!char.IsLetter(name[0]))
        {
            return "The Technical Name must start with a letter.";
        }

        if (name.Length > MaxLength || !name.All(c => char.IsAsciiLetterOrDigit(c)))
        {
            return "The Technical Name contains invalid characters.";
        }

        return ReservedNames.Contains(name) ? "The Technical Name is reserved for internal use." : null;
    }

    /// <summary>Turns a display name into a technical name: diacritics removed, letters and digits kept.</summary>
    public static string ToTechnicalName(string displayName)
    {
        var normalized = displayName.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c) && (builder.Length > 0 || char.IsAsciiLetter(c)))
            {
                builder.Append(c);
            }
        }

        return builder.Length > MaxLength ? builder.ToString(0, MaxLength) : builder.ToString();
    }
}

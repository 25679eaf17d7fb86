using Cms.Core.ContentModel;

namespace Cms.Core.Parts;

/// <summary>Reads a part's properties for validation, reporting a wrongly typed one at its pointer.</summary>
internal static class PartJson
{
    /// <summary>JSON pointer of one property of the part, e.g. "/AutoroutePart/Path".</summary>
    public static string Pointer(ContentPartContext context, string property) => $"{context.Path}/{property}";

    /// <summary>The string property (null when absent); a value of another type is reported and reads as null.</summary>
    public static string? ReadString(ContentPartContext context, string property, ContentValidationResult result)
    {
        if (ContentJson.TryGetString(context.Part, property, out var text))
        {
            return text;
        }

        result.Add(Pointer(context, property), $"The {context.TypePart.Name} part's {property} must be a string.");
        return null;
    }

    /// <summary>
    /// A UTC date-time property as Orchard writes one (ISO 8601, "2025-03-01T08:00:00Z"); null when absent or null. A value that
    /// is not such a date is reported (when <paramref name="result"/> is given) and reads as null.
    /// </summary>
    public static DateTime? ReadUtcDate(ContentPartContext context, string property, ContentValidationResult? result)
    {
        if (!ContentJson.TryGetString(context.Part, property, out var text) ||
            (text is not null && !DateTime.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out _)))
        {
            result?.Add(Pointer(context, property), $"The {context.TypePart.Name} part's {property} must be a UTC date and time such as 2025-03-01T08:00:00Z.");
            return null;
        }

        return text is null
            ? null
            : DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
    }

    /// <summary>Reports a pattern setting that does not parse; the pattern is then skipped by Prepare.</summary>
    public static void ValidatePattern(ContentPartContext context, string settingName, string? pattern, ContentValidationResult result)
    {
        if (LiquidPatternRenderer.Default.DescribeInvalidPattern(settingName, pattern) is { } message)
        {
            result.Add(context.Path, message);
        }
    }
}

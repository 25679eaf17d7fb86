using System.Collections;
using System.Globalization;

namespace Cms.Core.Querying;

/// <summary>How filter values are shaped for SQL: lists, LIKE escapes, route paths without their leading slash, lower-case aliases.</summary>
internal static class ContentQueryValues
{
    public static object Required(object? value, FilterOperator op) =>
        value ?? throw new ContentQueryException($"The {op} comparison needs a value.");

    public static List<object?> Values(object? value)
    {
        List<object?> values = value switch
        {
            null => [],
            string s => [s],
            IEnumerable list => list.Cast<object?>().ToList(),
            _ => [value],
        };
        return values.Count <= ContentQueryLimits.MaxListLength
            ? values
            : throw new ContentQueryException($"A list filter may hold at most {ContentQueryLimits.MaxListLength:N0} values; this one holds {values.Count:N0}.");
    }

    public static string Escape(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        if (text.Length > ContentQueryLimits.MaxTextLength)
        {
            throw new ContentQueryException(
                $"A text filter may be at most {ContentQueryLimits.MaxTextLength:N0} characters long; this one is {text.Length:N0}.");
        }

        return text
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }

    public static object? NormalizePath(object? value) => value switch
    {
        string s => s.TrimStart('/'),
        IEnumerable list => list.Cast<object?>().Select(NormalizePath).ToList(),
        _ => value,
    };

    public static object? Lower(object? value) => value switch
    {
        string s => s.ToLowerInvariant(),
        IEnumerable list => list.Cast<object?>().Select(Lower).ToList(),
        _ => value,
    };
}

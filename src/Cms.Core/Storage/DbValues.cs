using System.Globalization;

namespace Cms.Core.Storage;

/// <summary>
/// The storage formats of values, the same on every provider: booleans as 0/1, dates as fixed-width
/// ISO-8601 UTC text (so text order is time order), times as fixed-width text, numbers as doubles.
/// </summary>
public static class DbValues
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private const string TimeFormat = "hh\\:mm\\:ss\\.fffffff";

    public static object From(object? value) => value switch
    {
        null => DBNull.Value,
        bool b => b ? 1 : 0,
        DateTime d => FromDate(d),
        TimeSpan t => t.ToString(TimeFormat, CultureInfo.InvariantCulture),
        decimal m => (double)m,
        _ => value,
    };

    public static string FromDate(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateTime? ToDate(object? value) => value switch
    {
        null or DBNull => null,
        DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc),
        string s => DateTime.ParseExact(s, DateFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        _ => throw new FormatException($"Unexpected stored date value '{value}'."),
    };

    public static bool ToBool(object? value) => value switch
    {
        null or DBNull => false,
        bool b => b,
        long l => l != 0,
        int i => i != 0,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0,
    };

    public static string? ToText(object? value) => value is null or DBNull ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
}

namespace Cms.Core.Querying;

/// <summary>
/// Hard ceilings on filter values, whatever path built the query: beyond them SQLite fails ("LIKE or GLOB
/// pattern too complex" past 50,000 bytes of pattern, "too many SQL variables" past 32,766 parameters), so the
/// query is refused first with a <see cref="ContentQueryException"/>. Callers facing users set lower limits.
/// </summary>
public static class ContentQueryLimits
{
    /// <summary>Longest text compared with LIKE: escaped it doubles at most, and stays under SQLite's pattern limit in UTF-8.</summary>
    public const int MaxTextLength = 8_000;

    /// <summary>Most values in one IN / NOT IN list (under SQLite's 32,766 parameters, leaving room for the rest).</summary>
    public const int MaxListLength = 30_000;
}

using System.Collections;

namespace Cms.GraphQL.Filters;

/// <summary>Argument values in the types the query compiler stores: DateTime in UTC for dates, lists as lists.</summary>
internal static class FilterValues
{
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string s => s,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        DateTimeOffset o => o.UtcDateTime,
        DateTime { Kind: DateTimeKind.Local } t => t.ToUniversalTime(),
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc),
        int i => (decimal)i,
        long l => (decimal)l,
        double d => (decimal)d,
        IEnumerable list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };
}

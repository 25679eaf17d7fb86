namespace Cms.Core.Storage;

/// <summary>
/// The flag conditions of the DRAFT and ALL statuses, written once: the partial indexes that serve them are declared
/// with these exact terms, and a planner uses a partial index only for a query that states its condition.
/// </summary>
public static class StatusConditions
{
    public const string Draft = "Latest = 1 AND Published = 0";

    public const string All = "(Latest = 1 OR Published = 1)";

    /// <summary>The condition on the columns of a table alias (<c>i.Latest</c>).</summary>
    public static string On(string alias, string condition) =>
        condition.Replace("Latest", alias + ".Latest", StringComparison.Ordinal).Replace("Published", alias + ".Published", StringComparison.Ordinal);
}

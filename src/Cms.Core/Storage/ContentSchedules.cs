using Cms.Core.Indexing;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Storage;

/// <summary>
/// Reads of the schedule index. A publish is due when the latest version is an unpublished draft whose time has come; an
/// archive when the published version's time has come (whatever a newer draft says: what is live is what expires).
/// </summary>
public static class ContentSchedules
{
    private const string DueCondition =
        "((s.Action = 'Publish' AND s.Latest = 1 AND s.Published = 0) OR (s.Action = 'Archive' AND s.Published = 1)) AND s.ScheduledUtc <= @now";

    /// <summary>The schedules due at <paramref name="nowUtc"/>, earliest first, at most <paramref name="limit"/>.</summary>
    public static async Task<IReadOnlyList<DueSchedule>> DueAsync(SqlSession session, DateTime nowUtc, int limit, CancellationToken cancellationToken)
    {
        var rows = await session.RowsAsync(
            $"SELECT s.ContentItemId, s.Action, s.ScheduledUtc FROM {ContentScheduleIndex} s WHERE {DueCondition} " +
            "ORDER BY s.ScheduledUtc, s.ContentItemId LIMIT @limit",
            [("@now", DbValues.FromDate(nowUtc)), ("@limit", limit)], cancellationToken);
        return rows.Select(r => new DueSchedule((string)r[0]!, Enum.Parse<ScheduledAction>((string)r[1]!), DbValues.ToDate(r[2])!.Value)).ToList();
    }

    /// <summary>Whether this item's <paramref name="action"/> is still due (read again inside the write that carries it out).</summary>
    public static async Task<bool> IsDueAsync(SqlSession session, DueSchedule schedule, DateTime nowUtc, CancellationToken cancellationToken) =>
        await session.ScalarAsync(
            $"SELECT 1 FROM {ContentScheduleIndex} s WHERE s.ContentItemId = @id AND s.Action = @action AND {DueCondition} LIMIT 1",
            [("@id", schedule.ContentItemId), ("@action", schedule.Action.ToString()), ("@now", DbValues.FromDate(nowUtc))],
            cancellationToken) is not null;

    /// <summary>The upcoming schedules of latest and published versions, soonest first: for the admin's list and dashboard.</summary>
    public static async Task<IReadOnlyList<(string ContentItemId, ScheduledAction Action, DateTime ScheduledUtc)>> UpcomingAsync(
        SqlSession session, DateTime nowUtc, int limit, CancellationToken cancellationToken)
    {
        var rows = await session.RowsAsync(
            $"SELECT s.ContentItemId, s.Action, s.ScheduledUtc FROM {ContentScheduleIndex} s " +
            "WHERE ((s.Action = 'Publish' AND s.Latest = 1 AND s.Published = 0) OR (s.Action = 'Archive' AND s.Published = 1)) " +
            "AND s.ScheduledUtc > @now ORDER BY s.ScheduledUtc, s.ContentItemId LIMIT @limit",
            [("@now", DbValues.FromDate(nowUtc)), ("@limit", limit)], cancellationToken);
        return rows.Select(r => ((string)r[0]!, Enum.Parse<ScheduledAction>((string)r[1]!), DbValues.ToDate(r[2])!.Value)).ToList();
    }
}

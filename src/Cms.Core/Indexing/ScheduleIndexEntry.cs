namespace Cms.Core.Indexing;

/// <summary>One scheduled publish or archive of an item version, at a UTC time.</summary>
public sealed record ScheduleIndexEntry(ScheduledAction Action, DateTime ScheduledUtc);

using Cms.Core.Indexing;

namespace Cms.Core.Storage;

/// <summary>An item whose scheduled publish or archive time has come.</summary>
public sealed record DueSchedule(string ContentItemId, ScheduledAction Action, DateTime ScheduledUtc);

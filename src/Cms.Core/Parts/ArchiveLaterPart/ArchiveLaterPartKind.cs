using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.ArchiveLaterPart;

/// <summary>
/// ArchiveLaterPart: <c>{ "ScheduledArchiveUtc": "2025-03-01T08:00:00Z" }</c>. A published version carrying a time is
/// unpublished by the scheduler at that time; the time is cleared when it is.
/// </summary>
internal sealed class ArchiveLaterPartKind : IContentPartKind
{
    public const string KindName = "ArchiveLaterPart";
    public const string Property = "ScheduledArchiveUtc";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } = [];

    public void Prepare(ContentPartContext context)
    {
    }

    public void Validate(ContentPartContext context, ContentValidationResult result) => PartJson.ReadUtcDate(context, Property, result);

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        if (PartJson.ReadUtcDate(context, Property, result: null) is { } scheduled)
        {
            entries.Schedules.Add(new ScheduleIndexEntry(ScheduledAction.Archive, scheduled));
        }
    }
}

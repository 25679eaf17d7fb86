using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.PublishLaterPart;

/// <summary>
/// PublishLaterPart: <c>{ "ScheduledPublishUtc": "2025-03-01T08:00:00Z" }</c>. A latest draft carrying a time is published
/// by the scheduler at that time, with that time as its PublishedUtc; the time is cleared when it is published.
/// </summary>
internal sealed class PublishLaterPartKind : IContentPartKind
{
    public const string KindName = "PublishLaterPart";
    public const string Property = "ScheduledPublishUtc";

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
            entries.Schedules.Add(new ScheduleIndexEntry(ScheduledAction.Publish, scheduled));
        }
    }
}

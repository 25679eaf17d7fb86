namespace Cms.Core.Indexing;

/// <summary>What a schedule does when its time comes: publish the latest draft (PublishLaterPart) or unpublish (ArchiveLaterPart).</summary>
public enum ScheduledAction
{
    Publish,
    Archive,
}

using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Parts.ArchiveLaterPart;
using Cms.Core.Parts.PublishLaterPart;
using Cms.Core.Storage;

namespace Cms.Core.Scheduling;

/// <summary>
/// Carries out scheduled publishing and archiving that is due. Each item is published or unpublished in its own write,
/// after reading again inside it that it is still due: two nodes (or a node and an editor) never do it twice, and a
/// server that was down at the time does it on its first run. PublishedUtc is the scheduled time, not the run's.
/// </summary>
public sealed class ContentScheduler
{
    private const int BatchSize = 100;
    private const string TaskName = "scheduled-publishing";
    private static readonly TimeSpan LeaseLength = TimeSpan.FromSeconds(30);

    private readonly ContentStore _content;
    private readonly PeriodicTaskLock _lock;
    private readonly TimeProvider _clock;

    public ContentScheduler(ContentStore content, PeriodicTaskLock taskLock, TimeProvider clock)
    {
        _content = content;
        _lock = taskLock;
        _clock = clock;
    }

    /// <summary>Publishes and archives what is due now; returns how many items it changed (0 when another node holds the task).</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var done = 0;
        while (true)
        {
            var now = _clock.GetUtcNow().UtcDateTime;
            IReadOnlyList<DueSchedule> due;
            await using (var read = await _content.Documents.OpenReadSessionAsync(cancellationToken))
            {
                due = await ContentSchedules.DueAsync(read, now, BatchSize, cancellationToken);
            }

            if (due.Count == 0 || !await _lock.TryAcquireAsync(TaskName, LeaseLength, cancellationToken))
            {
                return done;
            }

            var changed = 0;
            foreach (var schedule in due)
            {
                changed += await CarryOutAsync(schedule, now, cancellationToken) ? 1 : 0;
            }

            done += changed;
            if (due.Count < BatchSize || changed == 0)
            {
                return done;
            }
        }
    }

    private async Task<bool> CarryOutAsync(DueSchedule schedule, DateTime now, CancellationToken cancellationToken)
    {
        await using var session = await _content.OpenSessionAsync(ContentActor.System, cancellationToken);
        if (!await ContentSchedules.IsDueAsync(session.Storage, schedule, now, cancellationToken))
        {
            return false;
        }

        if (schedule.Action == ScheduledAction.Publish)
        {
            var draft = await session.GetAsync(schedule.ContentItemId, VersionOptions.Latest, cancellationToken);
            if (draft?.GetPart(PublishLaterPartKind.KindName) is not { } part)
            {
                return false;
            }

            part[PublishLaterPartKind.Property] = null;
            await session.PublishAsync(draft, schedule.ScheduledUtc, cancellationToken);
        }
        else
        {
            var published = await session.GetAsync(schedule.ContentItemId, VersionOptions.Published, cancellationToken);
            if (published?.GetPart(ArchiveLaterPartKind.KindName) is not { } part)
            {
                return false;
            }

            part[ArchiveLaterPartKind.Property] = null;
            await session.SaveVersionAsync(published, contentChanged: false, cancellationToken);
            await session.UnpublishAsync(published, cancellationToken);
        }

        await session.SaveChangesAsync(cancellationToken);
        return true;
    }
}

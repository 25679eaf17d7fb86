using Cms.Core.ContentModel;
using Cms.Core.Storage;

namespace Cms.Core.Webhooks;

/// <summary>
/// The content events of one write session. Just before it commits they become outbox rows, one per webhook that wants
/// each, in the same transaction: a rolled-back change sends nothing, a committed one cannot lose its deliveries.
/// </summary>
internal sealed class ContentEventLog
{
    private readonly List<ContentEvent> _events = [];

    public void Record(string eventName, ContentItem item, DateTime occurredUtc) =>
        _events.Add(new ContentEvent(eventName, item.ContentType, item.ContentItemId, item.ContentItemVersionId, occurredUtc));

    /// <summary>Writes the outbox rows for the events recorded so far and forgets them.</summary>
    public async Task FlushAsync(WriteSession session, CancellationToken cancellationToken)
    {
        if (_events.Count == 0)
        {
            return;
        }

        var webhooks = await WebhookStore.LoadAsync(session, cancellationToken);
        var deliveries = _events
            .SelectMany(e => webhooks.Where(w => w.Wants(e.Event, e.ContentType)).Select(w => (w.Name, e)))
            .ToList();
        _events.Clear();
        if (deliveries.Count > 0)
        {
            await WebhookOutbox.EnqueueAsync(session, deliveries, cancellationToken);
        }
    }
}

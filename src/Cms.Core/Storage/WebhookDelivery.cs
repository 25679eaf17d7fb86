namespace Cms.Core.Storage;

/// <summary>
/// One outbox row: an event for one webhook, its delivery id (the receiver's idempotency key), and where its delivery
/// stands (Pending, Delivered, Failed), with the last attempt's response code or error.
/// </summary>
public sealed record WebhookDelivery(
    long Id, string DeliveryId, string WebhookName, string Event, string ContentType, string ContentItemId, string ContentItemVersionId,
    DateTime OccurredUtc, string Status, int Attempts, DateTime NextAttemptUtc, DateTime RetryFromUtc, DateTime? LastAttemptUtc,
    int? ResponseCode, string? Error)
{
    public const string Pending = "Pending";
    public const string Delivered = "Delivered";
    public const string Failed = "Failed";
}

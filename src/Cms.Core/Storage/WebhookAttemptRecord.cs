namespace Cms.Core.Storage;

/// <summary>The outcome of one delivery attempt, to write on its outbox row: the new status, when, when next, and the answer.</summary>
public sealed record WebhookAttemptRecord(long Id, string Status, DateTime AttemptedUtc, DateTime NextAttemptUtc, int? ResponseCode, string? Error);

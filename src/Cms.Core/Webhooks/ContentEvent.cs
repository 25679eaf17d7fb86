namespace Cms.Core.Webhooks;

/// <summary>Something that happened to an item inside a write session, written to the outbox when the session commits.</summary>
public sealed record ContentEvent(string Event, string ContentType, string ContentItemId, string ContentItemVersionId, DateTime OccurredUtc);

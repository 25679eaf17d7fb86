namespace Cms.Web.Webhooks;

/// <summary>How one POST to a receiver went: delivered (a 2xx), or the response code or error that makes it a retry.</summary>
public sealed record WebhookAttempt(bool Delivered, int? ResponseCode, string? Error);

using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Webhooks;

/// <summary>Webhook delivery (<c>Cms:Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Cms:Webhooks";

    /// <summary>
    /// Allows receivers on loopback, private and link-local addresses. Off by default: a webhook URL must not become a way
    /// to reach the server's own network (tests and single-machine setups turn it on).
    /// </summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>How long a delivery is retried, from its event (or its redelivery), before it is marked failed. Default 24 hours.</summary>
    [Range(0.01, 24 * 30)]
    public double RetryHours { get; set; } = 24;

    /// <summary>How long one attempt may take before it counts as failed. Default 10 seconds.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>Attempts under way at once per webhook: a slow receiver holds only its own. Default 4.</summary>
    [Range(1, 64)]
    public int MaxConcurrentPerWebhook { get; set; } = 4;
}

namespace Cms.Web.Webhooks;

/// <summary>A webhook's host resolved only to addresses it may not reach (see <see cref="WebhookTargetGuard"/>).</summary>
public sealed class WebhookTargetRefusedException : Exception
{
    public WebhookTargetRefusedException()
    {
    }

    public WebhookTargetRefusedException(string message)
        : base(message)
    {
    }

    public WebhookTargetRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

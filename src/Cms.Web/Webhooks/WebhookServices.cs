namespace Cms.Web.Webhooks;

/// <summary>Webhook delivery (<c>Cms:Webhooks</c>): the signed sender and the background service that works through the outbox.</summary>
public static class WebhookServices
{
    public static IServiceCollection AddCmsWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDeliveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDeliveryService>());
        return services;
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cms.Core.Storage;

namespace Cms.Web.Webhooks;

/// <summary>The JSON a receiver gets, and its signature: hex HMAC-SHA256 of the exact body bytes with the webhook's secret.</summary>
internal static class WebhookPayload
{
    /// <summary>
    /// The body: event, delivery id, when it happened, the item's type, id and version, and a GraphQL GET that fetches it
    /// (absolute when the site's BaseUrl is set).
    /// </summary>
    public static byte[] Body(WebhookDelivery delivery, string? baseUrl)
    {
        var query = $"{{ contentItem(contentItemId: \"{delivery.ContentItemId}\") {{ contentItemId contentItemVersionId contentType displayText publishedUtc }} }}";
        var link = $"{baseUrl?.TrimEnd('/')}/api/graphql?query={Uri.EscapeDataString(query)}";
        return JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["event"] = delivery.Event,
            ["deliveryId"] = delivery.DeliveryId,
            ["occurredUtc"] = delivery.OccurredUtc,
            ["contentType"] = delivery.ContentType,
            ["contentItemId"] = delivery.ContentItemId,
            ["contentItemVersionId"] = delivery.ContentItemVersionId,
            ["graphql"] = link,
        });
    }

    /// <summary>The <c>X-Cms-Signature</c> value: <c>sha256=</c> and the lower-case hex HMAC of <paramref name="body"/>.</summary>
    public static string Signature(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}

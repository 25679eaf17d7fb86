namespace Cms.Tests.Support;

/// <summary>One POST a <see cref="WebhookReceiver"/> got: the raw body and the signature and delivery headers.</summary>
public sealed record ReceivedWebhook(byte[] Body, string Signature, string DeliveryId)
{
    public System.Text.Json.Nodes.JsonObject Json => (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(Body)!;
}

using System.Text.Json;
using Cms.Core.Storage;

namespace Cms.Core.Webhooks;

/// <summary>The registered webhooks: one document each, keyed by name.</summary>
public static class WebhookStore
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<IReadOnlyList<WebhookDefinition>> LoadAsync(SqlSession session, CancellationToken cancellationToken) =>
        (await session.GetDocumentsAsync(DocumentTypes.Webhook, cancellationToken))
            .Select(d => JsonSerializer.Deserialize<WebhookDefinition>(d.Content, Json)!)
            .OrderBy(w => w.Name, StringComparer.Ordinal)
            .ToList();

    public static async Task<WebhookDefinition?> FindAsync(SqlSession session, string name, CancellationToken cancellationToken) =>
        await session.GetDocumentAsync(DocumentTypes.Webhook, name, cancellationToken) is { } document
            ? JsonSerializer.Deserialize<WebhookDefinition>(document.Content, Json)
            : null;

    /// <summary>Stores a webhook (replacing one of the same name); throws naming the first problem when it is not valid.</summary>
    public static async Task SaveAsync(WriteSession session, WebhookDefinition webhook, CancellationToken cancellationToken)
    {
        if (webhook.Problems() is [var (property, message), ..])
        {
            throw new WebhookDefinitionException(property, message);
        }

        await session.PutDocumentAsync(DocumentTypes.Webhook, webhook.Name, JsonSerializer.Serialize(webhook), cancellationToken);
    }

    public static async Task DeleteAsync(WriteSession session, string name, CancellationToken cancellationToken)
    {
        if (await session.GetDocumentAsync(DocumentTypes.Webhook, name, cancellationToken) is { } document)
        {
            await session.DeleteDocumentAsync(document.Id, cancellationToken);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Webhooks;

namespace Cms.Core.Recipes.Steps;

/// <summary>
/// <c>Webhooks</c> (ours, not Orchard's): registers receivers, replacing any of the same name.
/// <c>{"name": "Webhooks", "Webhooks": [{"Name", "Url", "Events": [...], "ContentTypes": [...], "Secret", "Enabled"}]}</c>.
/// Every entry is checked before the first is stored, and a wrong one is named by its path.
/// </summary>
internal sealed class WebhooksStep : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public string Name => "Webhooks";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Step["Webhooks"] is not JsonArray entries)
        {
            throw new RecipeStepException("The Webhooks step needs a 'Webhooks' array.", "Webhooks");
        }

        var webhooks = new List<WebhookDefinition>();
        for (var i = 0; i < entries.Count; i++)
        {
            var webhook = Read(entries[i], i);
            if (webhook.Problems() is [var (property, message), ..])
            {
                throw new RecipeStepException(message, $"Webhooks[{i}].{property}");
            }

            webhooks.Add(webhook);
        }

        var storage = context.RequireSite().Content.Storage;
        foreach (var webhook in webhooks)
        {
            await WebhookStore.SaveAsync(storage, webhook, cancellationToken);
        }

        context.AddCount("webhooks", webhooks.Count);
    }

    private static WebhookDefinition Read(JsonNode? entry, int index)
    {
        try
        {
            return entry?.Deserialize<WebhookDefinition>(Json) ?? throw new RecipeStepException($"Webhook entry {index} is empty.", $"Webhooks[{index}]");
        }
        catch (JsonException exception)
        {
            throw new RecipeStepException($"Webhook entry {index} is malformed: {exception.Message}", $"Webhooks[{index}]", exception);
        }
    }
}

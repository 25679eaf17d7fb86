namespace Cms.Core.Webhooks;

/// <summary>The content events a webhook may subscribe to, as the Webhooks step and the payload name them.</summary>
public static class WebhookEvents
{
    public const string Created = "content.created";
    public const string Updated = "content.updated";
    public const string Published = "content.published";
    public const string Unpublished = "content.unpublished";
    public const string Deleted = "content.deleted";

    public static IReadOnlyList<string> All { get; } = [Created, Updated, Published, Unpublished, Deleted];
}

namespace Cms.Core.Webhooks;

/// <summary>
/// A registered receiver, in the shape of the Webhooks recipe step: where to POST, which events of which content types
/// (none listed: every type), the secret the body is signed with, and whether it receives anything at all.
/// </summary>
public sealed class WebhookDefinition
{
    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    public List<string> Events { get; set; } = [];

    public List<string> ContentTypes { get; set; } = [];

    public string Secret { get; set; } = "";

    public bool Enabled { get; set; } = true;

    /// <summary>Whether this webhook wants <paramref name="eventName"/> for an item of <paramref name="contentType"/>.</summary>
    public bool Wants(string eventName, string contentType) =>
        Enabled
        && Events.Contains(eventName, StringComparer.Ordinal)
        && (ContentTypes.Count == 0 || ContentTypes.Contains(contentType, StringComparer.Ordinal));

    /// <summary>What is wrong with it, as (property, message) pairs; empty when it can be stored.</summary>
    public IReadOnlyList<(string Property, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add((nameof(Name), "A webhook needs a name."));
        }

        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add((nameof(Url), $"The URL '{Url}' is not an absolute http or https address."));
        }

        if (Events.Count == 0)
        {
            problems.Add((nameof(Events), $"List at least one event: {string.Join(", ", WebhookEvents.All)}."));
        }

        foreach (var unknown in Events.Where(e => !WebhookEvents.All.Contains(e, StringComparer.Ordinal)))
        {
            problems.Add((nameof(Events), $"'{unknown}' is not an event; use {string.Join(", ", WebhookEvents.All)}."));
        }

        if (Secret.Length < 16)
        {
            problems.Add((nameof(Secret), "The secret must be at least 16 characters, so the signature cannot be guessed."));
        }

        return problems;
    }
}

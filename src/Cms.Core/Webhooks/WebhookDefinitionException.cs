namespace Cms.Core.Webhooks;

/// <summary>A webhook that cannot be stored, naming the property at fault (Name, Url, Events, Secret).</summary>
public sealed class WebhookDefinitionException : Exception
{
    public WebhookDefinitionException()
    {
    }

    public WebhookDefinitionException(string message)
        : base(message)
    {
    }

    public WebhookDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WebhookDefinitionException(string property, string message)
        : base(message)
    {
        Property = property;
    }

    public string Property { get; } = "";
}

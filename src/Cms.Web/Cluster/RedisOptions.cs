namespace Cms.Web.Cluster;

/// <summary>The <c>Cms:Redis</c> section: where change notices and cluster locks go when several nodes share one store.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Cms:Redis";

    /// <summary>A StackExchange.Redis configuration string (<c>host:port,password=…</c>); absent = nodes poll the store instead.</summary>
    public string? Configuration { get; set; }

    /// <summary>Starts the channel name and lock keys, so several sites can share one Redis. Default <c>cms:</c>.</summary>
    public string KeyPrefix { get; set; } = "cms:";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}

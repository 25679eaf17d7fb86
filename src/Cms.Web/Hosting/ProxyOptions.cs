using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Cms.Web.Hosting;

/// <summary>
/// The <c>Cms:ForwardedHeaders</c> section: the reverse proxies (TLS terminators, load balancers) whose
/// X-Forwarded-For and X-Forwarded-Proto headers are believed. Empty (the default) believes none, so a client
/// cannot claim to have come over HTTPS or from another address.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string SectionName = "Cms:ForwardedHeaders";

    /// <summary>IP addresses of the proxies, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(KnownProxies)}: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"{SectionName}:{nameof(KnownNetworks)}: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/8).",
                [nameof(KnownNetworks)]);
        }
    }
}

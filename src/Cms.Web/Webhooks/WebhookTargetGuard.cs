using System.Net;
using System.Net.Sockets;

namespace Cms.Web.Webhooks;

/// <summary>
/// Which addresses a webhook may not reach: loopback, private, link-local, carrier-grade NAT, unspecified, multicast and
/// broadcast, in IPv4 and IPv6 (an IPv4-mapped IPv6 address is judged as its IPv4 address).
/// </summary>
internal static class WebhookTargetGuard
{
    /// <summary>Why <paramref name="address"/> is refused, or null when it is a public address.</summary>
    public static string? Refusal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return "loopback";
        }

        return address.AddressFamily == AddressFamily.InterNetwork ? RefusalV4(address.GetAddressBytes()) : RefusalV6(address);
    }

    private static string? RefusalV4(byte[] b) => b switch
    {
        [0, ..] => "unspecified",
        [10, ..] => "private",
        [172, >= 16 and <= 31, ..] => "private",
        [192, 168, ..] => "private",
        [169, 254, ..] => "link-local",
        [100, >= 64 and <= 127, ..] => "shared (carrier-grade NAT)",
        [>= 224, ..] => "multicast or reserved",
        _ => null,
    };

    private static string? RefusalV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return "unspecified";
        }

        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return "link-local";
        }

        if ((b[0] & 0xFE) == 0xFC)
        {
            return "private (unique local)";
        }

        return address.IsIPv6Multicast ? "multicast" : null;
    }
}

using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Cms.Core.Security;
using Microsoft.Extensions.Options;

namespace Cms.Web.Admin;

/// <summary>
/// Counts failed sign-ins and wrong current passwords per client address in a sliding window
/// (<see cref="SignInOptions.MaxFailuresPerAddress"/> per <see cref="SignInOptions.AddressWindow"/>). An address
/// past its limit is refused before any password is checked, so it can no longer move an account's lockout count.
/// The count is per node: with several nodes an address gets the limit on each, which still stays far from
/// unbounded guessing, and the account lockout in the store holds across nodes.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    public SignInThrottle(IOptions<SignInOptions> options)
    {
        var settings = options.Value;
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = settings.MaxFailuresPerAddress,
                Window = settings.AddressWindow,
                SegmentsPerWindow = 5,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public bool IsThrottled(HttpContext http) => _failures.GetStatistics(AddressOf(http)) is { CurrentAvailablePermits: <= 0 };

    public void RecordFailure(HttpContext http)
    {
        using var lease = _failures.AttemptAcquire(AddressOf(http));
    }

    public void Dispose() => _failures.Dispose();

    /// <summary>The address as the limiter keys it: IPv6 by its /64, which one subscriber usually holds whole.</summary>
    private static string AddressOf(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Cms.Benchmarks.Load;

/// <summary>What one measured wrk run reported: requests/s, latency percentiles, errors.</summary>
internal sealed partial record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors, long NonSuccess)
{
    public static WrkResult Parse(string output)
    {
        var rps = Number(RequestsPerSecondLine().Match(output));
        var p50 = Latency(output, "50%");
        var p99 = Latency(output, "99%");
        var requests = (long)Number(RequestsLine().Match(output));
        long errors = 0;
        foreach (Match m in SocketErrorsLine().Matches(output))
        {
            foreach (var group in new[] { "connect", "read", "write", "timeout" })
            {
                errors += long.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
            }
        }

        var nonSuccess = NonSuccessLine().Match(output) is { Success: true } non ? long.Parse(non.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (output.Contains("unexpected symbol", StringComparison.Ordinal) || output.Contains(".lua:", StringComparison.Ordinal))
        {
            throw new BenchmarkException($"wrk could not run its script:\n{output}");
        }

        return new WrkResult(rps, p50, p99, requests, errors + nonSuccess, nonSuccess);
    }

    private static double Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([0-9.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new BenchmarkException($"wrk printed no {percentile} latency:\n{output}");
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            _ => value,
        };
    }

    private static double Number(Match match) => match.Success
        ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
        : throw new BenchmarkException("wrk's output has no totals.");

    [GeneratedRegex(@"^Requests/sec:\s+([0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"^\s*([0-9]+) requests in", RegexOptions.Multiline)]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Socket errors: connect (?<connect>\d+), read (?<read>\d+), write (?<write>\d+), timeout (?<timeout>\d+)")]
    private static partial Regex SocketErrorsLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccessLine();
}

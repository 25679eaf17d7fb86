using System.Globalization;

namespace Cms.Benchmarks.Data;

/// <summary>Resident memory of a process from /proc (Linux): the current size and the high-water mark.</summary>
internal static class ProcessMemory
{
    /// <summary>VmHWM: the peak resident set size, in bytes; null when the process is gone.</summary>
    public static long? PeakRssBytes(int processId) => Read(processId, "VmHWM:");

    public static long? CurrentRssBytes(int processId) => Read(processId, "VmRSS:");

    public static long SelfPeakRssBytes() => PeakRssBytes(Environment.ProcessId) ?? 0;

    public static string Megabytes(long? bytes) =>
        bytes is { } value ? (value / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " MB" : "n/a";

    private static long? Read(int processId, string key)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith(key, StringComparison.Ordinal))
                {
                    var kilobytes = line[key.Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }
}

using Cms.Benchmarks.Load;

namespace Cms.Benchmarks.Run;

/// <summary>The load results of one data size, by request name (Q1..Q5, B1, B2, Admin), plus the server's peak RSS.</summary>
internal sealed class LoadFigures
{
    public Dictionary<string, WrkResult> Results { get; } = new(StringComparer.Ordinal);

    public long? ServerPeakRssBytes { get; set; }

    /// <summary>Q1's and Q2's answers plain, with Brotli and with gzip.</summary>
    public Dictionary<string, CompressedSizes> Sizes { get; } = new(StringComparer.Ordinal);

    public WrkResult? this[string name] => Results.GetValueOrDefault(name);
}

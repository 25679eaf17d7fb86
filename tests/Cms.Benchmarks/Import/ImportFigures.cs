namespace Cms.Benchmarks.Import;

/// <summary>One import's figures, as the <c>import</c> verb prints them for the runner.</summary>
internal sealed record ImportFigures(
    int Items, double ReadSeconds, double Seconds, double ItemsPerSecond, long PeakRssBytes, long StartRssBytes, bool WarmProcess);

using System.Text.Json;

namespace Cms.Benchmarks.Data;

/// <summary>What a generated data folder holds, so the checks know the right answers and a later run can reuse it.</summary>
internal sealed record DataManifest
{
    /// <summary>Bump when the generated data changes shape, so old folders are regenerated.</summary>
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public int Format { get; init; } = CurrentFormat;

    public int Letters { get; init; }

    public IReadOnlyList<string> AnalysisIds { get; init; } = [];

    public string SearchWord { get; init; } = LetterText.SearchWord;

    public int SearchMatches { get; init; }

    public string SamplePath { get; init; } = "";

    public string SampleTitle { get; init; } = "";

    public string MaxSentDate { get; init; } = "";

    public double Seconds { get; init; }

    public double ItemsPerSecond { get; init; }

    public long PeakRssBytes { get; init; }

    public static string FileIn(string dataPath) => Path.Combine(dataPath, "manifest.json");

    public static DataManifest? TryRead(string dataPath)
    {
        var file = FileIn(dataPath);
        if (!File.Exists(file) || !File.Exists(Path.Combine(dataPath, "cms.db")))
        {
            return null;
        }

        var manifest = JsonSerializer.Deserialize<DataManifest>(File.ReadAllText(file), JsonOptions);
        return manifest?.Format == CurrentFormat ? manifest : null;
    }

    public void Write(string dataPath) => File.WriteAllText(FileIn(dataPath), JsonSerializer.Serialize(this, JsonOptions));
}

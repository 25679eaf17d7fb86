using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cms.Core.Backup;

/// <summary>
/// <c>manifest.json</c> in a backup archive: what made it, when, at which schema version, and every other entry with its
/// size and SHA-256, so a restore can tell a damaged or edited archive from a sound one before it writes anything.
/// </summary>
public sealed record BackupManifest
{
    public const string EntryName = "manifest.json";

    public const string FormatName = "cms-backup";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Format { get; init; } = FormatName;

    public int FormatVersion { get; init; } = 1;

    /// <summary>The database provider whose snapshot the archive holds (<c>Sqlite</c>).</summary>
    public string Provider { get; init; } = "";

    public int SchemaVersion { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    public IReadOnlyList<BackupManifestFile> Files { get; init; } = [];

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <exception cref="BackupException">The text is not a manifest of ours.</exception>
    public static BackupManifest Parse(string json)
    {
        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(json, Json);
        }
        catch (JsonException exception)
        {
            throw new BackupException($"{EntryName} cannot be read: {exception.Message}", exception);
        }

        return manifest is { Format: FormatName, FormatVersion: 1 }
            ? manifest
            : throw new BackupException($"{EntryName} is not a {FormatName} manifest of format version 1.");
    }
}

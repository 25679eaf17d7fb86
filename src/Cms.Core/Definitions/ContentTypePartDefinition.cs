using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cms.Core.Definitions;

/// <summary>A part as used in a type: <see cref="PartName"/> is the part definition, <see cref="Name"/> its name in the item.</summary>
public sealed class ContentTypePartDefinition
{
    public string PartName { get; set; } = "";
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];

    [JsonIgnore]
    public int? Position =>
        int.TryParse(SettingsReader.GetString(Settings, "ContentTypePartSettings", "Position"),
            NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) ? position : null;

    /// <summary>The name editors read (ContentTypePartSettings.DisplayName); null when the definition gives none.</summary>
    [JsonIgnore]
    public string? DisplayName =>
        SettingsReader.GetString(Settings, "ContentTypePartSettings", "DisplayName") is { Length: > 0 } name ? name : null;

    /// <summary>The hint editors read under the part (ContentTypePartSettings.Description); null when there is none.</summary>
    [JsonIgnore]
    public string? Description =>
        SettingsReader.GetString(Settings, "ContentTypePartSettings", "Description") is { Length: > 0 } text ? text : null;

    /// <summary>True for a part named like its definition (not a reusable/named part).</summary>
    [JsonIgnore]
    public bool IsNamedPart => !string.Equals(PartName, Name, StringComparison.Ordinal);

    /// <summary>A settings object by class name (e.g. "AutoroutePartSettings"), empty when absent.</summary>
    public JsonObject GetSettings(string key) => Settings[key] as JsonObject ?? [];
}

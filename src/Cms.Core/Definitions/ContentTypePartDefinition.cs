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

    /// <summary>True for a part named like its definition (not a reusable/named part).</summary>
    [JsonIgnore]
    public bool IsNamedPart => !string.Equals(PartName, Name, StringComparison.Ordinal);

    /// <summary>A settings object by class name (e.g. "AutoroutePartSettings"), empty when absent.</summary>
    public JsonObject GetSettings(string key) => Settings[key] as JsonObject ?? [];
}

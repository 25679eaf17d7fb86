using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cms.Core.Definitions;

/// <summary>A field of a part: <see cref="FieldName"/> is the field kind (e.g. TextField), <see cref="Name"/> the technical name.</summary>
public sealed class ContentPartFieldDefinition
{
    public string FieldName { get; set; } = "";
    public string Name { get; set; } = "";
    public JsonObject Settings { get; set; } = [];

    [JsonIgnore]
    public int? Position =>
        int.TryParse(SettingsReader.GetString(Settings, "ContentPartFieldSettings", "Position"),
            NumberStyles.Integer, CultureInfo.InvariantCulture, out var position) ? position : null;

    [JsonIgnore]
    public string DisplayName =>
        SettingsReader.GetString(Settings, "ContentPartFieldSettings", "DisplayName") is { Length: > 0 } name ? name : Name;

    /// <summary>A settings object by class name (e.g. "TextFieldSettings"), empty when absent.</summary>
    public JsonObject GetSettings(string key) => Settings[key] as JsonObject ?? [];
}

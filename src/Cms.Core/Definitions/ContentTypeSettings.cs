using System.Text.Json.Nodes;

namespace Cms.Core.Definitions;

/// <summary>The type flags of Orchard's ContentTypeSettings (all false by default).</summary>
public sealed record ContentTypeSettings(
    bool Creatable, bool Listable, bool Draftable, bool Versionable, bool Securable, string? Stereotype, string? Description)
{
    public const string Key = "ContentTypeSettings";

    public static ContentTypeSettings From(JsonObject typeSettings) => new(
        SettingsReader.GetBool(typeSettings, Key, "Creatable"),
        SettingsReader.GetBool(typeSettings, Key, "Listable"),
        SettingsReader.GetBool(typeSettings, Key, "Draftable"),
        SettingsReader.GetBool(typeSettings, Key, "Versionable"),
        SettingsReader.GetBool(typeSettings, Key, "Securable"),
        SettingsReader.GetString(typeSettings, Key, "Stereotype"),
        SettingsReader.GetString(typeSettings, Key, "Description"));
}

using Cms.Core.Definitions;

namespace Cms.Core.Fields.LinkField;

/// <summary>Orchard's LinkFieldSettings (the placeholders and defaults are for the editor).</summary>
internal sealed record LinkFieldSettings(
    string? Hint, bool Required, LinkTextMode LinkTextMode, string? DefaultUrl, string? DefaultText, string? DefaultTarget)
{
    public const string Key = "LinkFieldSettings";

    public static LinkFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "Required"),
        SettingsEnum.Get(field.Settings, Key, "LinkTextMode", LinkTextMode.Optional),
        SettingsReader.GetString(field.Settings, Key, "DefaultUrl"),
        SettingsReader.GetString(field.Settings, Key, "DefaultText"),
        SettingsReader.GetString(field.Settings, Key, "DefaultTarget"));
}

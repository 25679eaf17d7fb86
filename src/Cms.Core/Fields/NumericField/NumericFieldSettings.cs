using Cms.Core.Definitions;

namespace Cms.Core.Fields.NumericField;

/// <summary>Orchard's NumericFieldSettings: Scale is the number of decimals allowed (0: whole numbers).</summary>
internal sealed record NumericFieldSettings(
    string? Hint, bool Required, int Scale, decimal? Minimum, decimal? Maximum, string? Placeholder, string? DefaultValue)
{
    public const string Key = "NumericFieldSettings";

    public static NumericFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "Required"),
        Math.Max(0, SettingsReader.GetInt(field.Settings, Key, "Scale") ?? 0),
        SettingsReader.GetDecimal(field.Settings, Key, "Minimum"),
        SettingsReader.GetDecimal(field.Settings, Key, "Maximum"),
        SettingsReader.GetString(field.Settings, Key, "Placeholder"),
        SettingsReader.GetString(field.Settings, Key, "DefaultValue"));
}

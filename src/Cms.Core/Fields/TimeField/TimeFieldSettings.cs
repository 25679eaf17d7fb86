using Cms.Core.Definitions;

namespace Cms.Core.Fields.TimeField;

/// <summary>Orchard's TimeFieldSettings; Step is the editor's increment (e.g. "00:15:00"), not a rule.</summary>
internal sealed record TimeFieldSettings(string? Hint, bool Required, string? Step)
{
    public const string Key = "TimeFieldSettings";

    public static TimeFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "Required"),
        SettingsReader.GetString(field.Settings, Key, "Step"));
}

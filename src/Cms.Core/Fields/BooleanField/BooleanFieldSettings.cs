using Cms.Core.Definitions;

namespace Cms.Core.Fields.BooleanField;

/// <summary>Orchard's BooleanFieldSettings (editor hints only; a boolean is never required).</summary>
internal sealed record BooleanFieldSettings(string? Hint, string? Label, bool DefaultValue)
{
    public const string Key = "BooleanFieldSettings";

    public static BooleanFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetString(field.Settings, Key, "Label"),
        SettingsReader.GetBool(field.Settings, Key, "DefaultValue"));
}

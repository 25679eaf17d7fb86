using Cms.Core.Definitions;

namespace Cms.Core.Fields.TextField;

/// <summary>Orchard's TextFieldSettings.</summary>
internal sealed record TextFieldSettings(string? Hint, bool Required, string? DefaultValue)
{
    public const string Key = "TextFieldSettings";

    public static TextFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "Required"),
        SettingsReader.GetString(field.Settings, Key, "DefaultValue"));
}

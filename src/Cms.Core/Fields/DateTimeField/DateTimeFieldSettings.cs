using Cms.Core.Definitions;

namespace Cms.Core.Fields.DateTimeField;

/// <summary>Orchard's DateTimeFieldSettings.</summary>
internal sealed record DateTimeFieldSettings(string? Hint, bool Required)
{
    public const string Key = "DateTimeFieldSettings";

    public static DateTimeFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "Required"));
}

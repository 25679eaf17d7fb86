using Cms.Core.Definitions;

namespace Cms.Core.Fields.DateField;

/// <summary>Orchard's DateFieldSettings.</summary>
internal sealed record DateFieldSettings(string? Hint, bool Required)
{
    public const string Key = "DateFieldSettings";

    public static DateFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "Required"));
}

using Cms.Core.Definitions;

namespace Cms.Core.Fields.ContentPickerField;

/// <summary>Orchard's ContentPickerFieldSettings.</summary>
internal sealed record ContentPickerFieldSettings(
    string? Hint,
    bool Required,
    bool Multiple,
    bool DisplayAllContentTypes,
    IReadOnlyList<string> DisplayedContentTypes,
    IReadOnlyList<string> DisplayedStereotypes,
    string? TitlePattern)
{
    public const string Key = "ContentPickerFieldSettings";

    public static ContentPickerFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "Required"),
        SettingsReader.GetBool(field.Settings, Key, "Multiple"),
        SettingsReader.GetBool(field.Settings, Key, "DisplayAllContentTypes"),
        SettingsReader.GetStrings(field.Settings, Key, "DisplayedContentTypes"),
        SettingsReader.GetStrings(field.Settings, Key, "DisplayedStereotypes"),
        SettingsReader.GetString(field.Settings, Key, "TitlePattern") ?? "{{ Model.ContentItem | display_text }}");

    /// <summary>The types the picker allows; empty when any type will do.</summary>
    public IReadOnlyList<string> AllowedContentTypes => DisplayAllContentTypes ? [] : DisplayedContentTypes;
}

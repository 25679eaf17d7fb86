using Cms.Core.Definitions;

namespace Cms.Core.Fields.TaxonomyField;

/// <summary>Orchard's TaxonomyFieldSettings: Unique allows a single term; LeavesOnly terms without children.</summary>
internal sealed record TaxonomyFieldSettings(
    string? Hint, bool Required, string? TaxonomyContentItemId, bool Unique, bool LeavesOnly, bool Open)
{
    public const string Key = "TaxonomyFieldSettings";

    public static TaxonomyFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "Required"),
        SettingsReader.GetString(field.Settings, Key, "TaxonomyContentItemId"),
        SettingsReader.GetBool(field.Settings, Key, "Unique"),
        SettingsReader.GetBool(field.Settings, Key, "LeavesOnly"),
        SettingsReader.GetBool(field.Settings, Key, "Open"));
}

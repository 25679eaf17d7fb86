using Cms.Core.Definitions;

namespace Cms.Core.Fields.MediaField;

/// <summary>Orchard's MediaFieldSettings; extensions are compared with their leading dot and ignoring case.</summary>
internal sealed record MediaFieldSettings(
    string? Hint, bool Required, bool Multiple, bool AllowMediaText, bool AllowAnchors, IReadOnlyList<string> AllowedExtensions)
{
    public const string Key = "MediaFieldSettings";

    public static MediaFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "Required"),
        SettingsReader.GetBool(field.Settings, Key, "Multiple", defaultValue: true),
        SettingsReader.GetBool(field.Settings, Key, "AllowMediaText", defaultValue: true),
        SettingsReader.GetBool(field.Settings, Key, "AllowAnchors"),
        SettingsReader.GetStrings(field.Settings, Key, "AllowedExtensions")
            .Where(e => e.Length > 0)
            .Select(e => e.StartsWith('.') ? e : "." + e)
            .ToList());

    public bool IsExtensionAllowed(string path) =>
        AllowedExtensions.Count == 0
        || AllowedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}

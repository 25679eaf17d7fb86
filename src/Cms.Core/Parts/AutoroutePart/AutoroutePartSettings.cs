using Cms.Core.Definitions;

namespace Cms.Core.Parts.AutoroutePart;

/// <summary>Orchard's AutoroutePartSettings.</summary>
internal sealed record AutoroutePartSettings(
    bool AllowCustomPath,
    string Pattern,
    bool ShowHomepageOption,
    bool AllowUpdatePath,
    bool AllowDisabled,
    bool AllowRouteContainedItems,
    bool ManageContainedItemRoutes,
    bool AllowAbsolutePath)
{
    public const string Key = "AutoroutePartSettings";
    public const string DefaultPattern = "{{ ContentItem.DisplayText | slugify }}";

    public static AutoroutePartSettings From(ContentTypePartDefinition typePart) => new(
        SettingsReader.GetBool(typePart.Settings, Key, "AllowCustomPath"),
        SettingsReader.GetString(typePart.Settings, Key, "Pattern") is { Length: > 0 } pattern ? pattern : DefaultPattern,
        SettingsReader.GetBool(typePart.Settings, Key, "ShowHomepageOption"),
        SettingsReader.GetBool(typePart.Settings, Key, "AllowUpdatePath"),
        SettingsReader.GetBool(typePart.Settings, Key, "AllowDisabled"),
        SettingsReader.GetBool(typePart.Settings, Key, "AllowRouteContainedItems"),
        SettingsReader.GetBool(typePart.Settings, Key, "ManageContainedItemRoutes"),
        SettingsReader.GetBool(typePart.Settings, Key, "AllowAbsolutePath"));
}

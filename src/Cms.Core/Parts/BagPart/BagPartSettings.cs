using Cms.Core.Definitions;

namespace Cms.Core.Parts.BagPart;

/// <summary>Orchard's BagPartSettings: which types (or stereotypes) a bag may hold; both empty: any.</summary>
internal sealed record BagPartSettings(
    IReadOnlyList<string> ContainedContentTypes, IReadOnlyList<string> ContainedStereotypes, string? DisplayType, bool CollapseContainedItems)
{
    public const string Key = "BagPartSettings";

    public static BagPartSettings From(ContentTypePartDefinition typePart) => new(
        SettingsReader.GetStrings(typePart.Settings, Key, "ContainedContentTypes"),
        SettingsReader.GetStrings(typePart.Settings, Key, "ContainedStereotypes"),
        SettingsReader.GetString(typePart.Settings, Key, "DisplayType"),
        SettingsReader.GetBool(typePart.Settings, Key, "CollapseContainedItems"));

    public bool Allows(string contentType, ContentDefinitionDocument definitions)
    {
        if (ContainedContentTypes.Count == 0 && ContainedStereotypes.Count == 0)
        {
            return true;
        }

        return ContainedContentTypes.Contains(contentType, StringComparer.Ordinal)
            || (definitions.FindType(contentType)?.TypeSettings.Stereotype is { Length: > 0 } stereotype
                && ContainedStereotypes.Contains(stereotype, StringComparer.Ordinal));
    }
}

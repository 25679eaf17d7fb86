using Cms.Core.Definitions;

namespace Cms.Core.Parts.ListPart;

/// <summary>Orchard's ListPartSettings: which types a list holds and how many items a page shows.</summary>
internal sealed record ListPartSettings(IReadOnlyList<string> ContainedContentTypes, int PageSize, bool EnableOrdering, bool ShowHeader)
{
    public const string Key = "ListPartSettings";
    public const int DefaultPageSize = 10;

    public static ListPartSettings From(ContentTypePartDefinition typePart) => new(
        SettingsReader.GetStrings(typePart.Settings, Key, "ContainedContentTypes"),
        SettingsReader.GetInt(typePart.Settings, Key, "PageSize") is > 0 and var size ? size : DefaultPageSize,
        SettingsReader.GetBool(typePart.Settings, Key, "EnableOrdering"),
        SettingsReader.GetBool(typePart.Settings, Key, "ShowHeader"));
}

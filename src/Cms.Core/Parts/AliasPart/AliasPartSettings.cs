using Cms.Core.Definitions;

namespace Cms.Core.Parts.AliasPart;

/// <summary>Orchard's AliasPartSettings.</summary>
internal sealed record AliasPartSettings(string Pattern, AliasPartOptions Options)
{
    public const string Key = "AliasPartSettings";
    public const string DefaultPattern = "{{ Model.ContentItem.DisplayText | slugify }}";

    public static AliasPartSettings From(ContentTypePartDefinition typePart) => new(
        SettingsReader.GetString(typePart.Settings, Key, "Pattern") is { Length: > 0 } pattern ? pattern : DefaultPattern,
        SettingsEnum.Get(typePart.Settings, Key, "Options", AliasPartOptions.Editable));
}

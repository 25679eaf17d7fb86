using Cms.Core.Definitions;

namespace Cms.Core.Parts.TitlePart;

/// <summary>Orchard's TitlePartSettings.</summary>
internal sealed record TitlePartSettings(TitlePartOptions Options, string? Pattern, bool RenderTitle)
{
    public const string Key = "TitlePartSettings";

    public static TitlePartSettings From(ContentTypePartDefinition typePart) => new(
        SettingsEnum.Get(typePart.Settings, Key, "Options", TitlePartOptions.Editable),
        SettingsReader.GetString(typePart.Settings, Key, "Pattern"),
        SettingsReader.GetBool(typePart.Settings, Key, "RenderTitle", defaultValue: true));

    /// <summary>True when the title is rendered from the pattern rather than typed.</summary>
    public bool IsGenerated =>
        Options is TitlePartOptions.GeneratedDisabled or TitlePartOptions.GeneratedHidden && !string.IsNullOrWhiteSpace(Pattern);
}

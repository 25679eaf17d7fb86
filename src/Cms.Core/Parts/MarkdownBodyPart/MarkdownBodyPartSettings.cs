using Cms.Core.Definitions;

namespace Cms.Core.Parts.MarkdownBodyPart;

/// <summary>Orchard's MarkdownBodyPartSettings; the rendered HTML is sanitised unless SanitizeHtml is turned off.</summary>
internal sealed record MarkdownBodyPartSettings(bool SanitizeHtml)
{
    public const string Key = "MarkdownBodyPartSettings";

    public static MarkdownBodyPartSettings From(ContentTypePartDefinition typePart) =>
        new(SettingsReader.GetBool(typePart.Settings, Key, "SanitizeHtml", defaultValue: true));
}

using Cms.Core.Definitions;

namespace Cms.Core.Parts.HtmlBodyPart;

/// <summary>Orchard's HtmlBodyPartSettings; HTML is sanitised unless SanitizeHtml is turned off.</summary>
internal sealed record HtmlBodyPartSettings(bool SanitizeHtml)
{
    public const string Key = "HtmlBodyPartSettings";

    public static HtmlBodyPartSettings From(ContentTypePartDefinition typePart) =>
        new(SettingsReader.GetBool(typePart.Settings, Key, "SanitizeHtml", defaultValue: true));
}

using Cms.Core.Definitions;

namespace Cms.Core.Fields.HtmlField;

/// <summary>Orchard's HtmlFieldSettings; HTML is sanitised unless SanitizeHtml is turned off.</summary>
internal sealed record HtmlFieldSettings(string? Hint, bool SanitizeHtml)
{
    public const string Key = "HtmlFieldSettings";

    public static HtmlFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "SanitizeHtml", defaultValue: true));
}

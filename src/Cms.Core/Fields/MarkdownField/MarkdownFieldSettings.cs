using Cms.Core.Definitions;

namespace Cms.Core.Fields.MarkdownField;

/// <summary>Orchard's MarkdownFieldSettings; the rendered HTML is sanitised unless SanitizeHtml is turned off.</summary>
internal sealed record MarkdownFieldSettings(string? Hint, bool SanitizeHtml)
{
    public const string Key = "MarkdownFieldSettings";

    public static MarkdownFieldSettings From(ContentPartFieldDefinition field) => new(
        SettingsReader.GetString(field.Settings, Key, "Hint"),
        SettingsReader.GetBool(field.Settings, Key, "SanitizeHtml", defaultValue: true));
}

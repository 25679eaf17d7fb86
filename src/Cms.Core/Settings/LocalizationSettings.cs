using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Parts.LocalizationPart;

namespace Cms.Core.Settings;

/// <summary>
/// The site's cultures (Orchard's LocalizationSettings, kept in the site properties under that name by the Settings step):
/// the default culture first, then the others in the order the recipe gave them.
/// </summary>
public sealed record LocalizationSettings(string DefaultCulture, IReadOnlyList<string> SupportedCultures)
{
    public const string Key = "LocalizationSettings";

    /// <summary>The culture of a site whose recipe named none (Orchard falls back to the server's culture).</summary>
    public const string FallbackCulture = "en-US";

    public static LocalizationSettings From(SiteSettings? site) =>
        site is not null && SettingsReader.Find(site.Properties, Key) is JsonObject stored
            ? Parse(stored)
            : new LocalizationSettings(FallbackCulture, [FallbackCulture]);

    /// <summary>Reads the stored object; throws <see cref="FormatException"/> naming the property that is wrong.</summary>
    public static LocalizationSettings Parse(JsonObject value)
    {
        var supported = new List<string>();
        if (SettingsReader.Find(value, "SupportedCultures") is { } list)
        {
            if (list is not JsonArray array)
            {
                throw new FormatException("SupportedCultures must be an array of culture names");
            }

            foreach (var culture in array.Select(SettingsReader.AsString))
            {
                supported.Add(Check(culture, "SupportedCultures"));
            }
        }

        var defaultCulture = SettingsReader.AsString(SettingsReader.Find(value, "DefaultCulture")) is { Length: > 0 } text
            ? Check(text, "DefaultCulture")
            : supported.FirstOrDefault() ?? FallbackCulture;
        supported.RemoveAll(c => string.Equals(c, defaultCulture, StringComparison.OrdinalIgnoreCase));
        return new LocalizationSettings(defaultCulture, [defaultCulture, .. supported.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>The supported culture spelled as the site spells it, or null when the site does not support it.</summary>
    public string? Find(string culture) =>
        SupportedCultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));

    private static string Check(string? culture, string property) =>
        culture is { Length: > 0 } && CultureNames.IsWellFormed(culture)
            ? culture
            : throw new FormatException($"{property} holds '{culture}', which is not a culture name such as 'en' or 'fr-CA'");
}

using System.Text.Json.Nodes;

namespace Cms.Core.Definitions;

/// <summary>Reads enum settings written either by name ("GeneratedDisabled") or by number (1), as Orchard's exports vary.</summary>
internal static class SettingsEnum
{
    public static TEnum Get<TEnum>(JsonObject settings, string settingsKey, string property, TEnum defaultValue)
        where TEnum : struct, Enum =>
        SettingsReader.AsString(SettingsReader.Get(settings, settingsKey, property)) is { } text
        && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : defaultValue;
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Core.Definitions;

/// <summary>
/// Reads values out of definition settings tolerantly: recipes write "true", true, "3" and 3 alike
/// (script results are always strings), and settings keys are matched case-insensitively.
/// </summary>
public static class SettingsReader
{
    public static JsonNode? Get(JsonObject settings, string settingsKey, string property)
    {
        var group = Find(settings, settingsKey) as JsonObject;
        return group is null ? null : Find(group, property);
    }

    public static JsonNode? Find(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public static bool GetBool(JsonObject settings, string settingsKey, string property, bool defaultValue = false) =>
        AsBool(Get(settings, settingsKey, property)) ?? defaultValue;

    public static string? GetString(JsonObject settings, string settingsKey, string property) =>
        AsString(Get(settings, settingsKey, property));

    public static decimal? GetDecimal(JsonObject settings, string settingsKey, string property) =>
        AsDecimal(Get(settings, settingsKey, property));

    public static int? GetInt(JsonObject settings, string settingsKey, string property) =>
        AsDecimal(Get(settings, settingsKey, property)) is { } d ? (int)d : null;

    public static IReadOnlyList<string> GetStrings(JsonObject settings, string settingsKey, string property) =>
        Get(settings, settingsKey, property) is JsonArray array
            ? array.Select(AsString).OfType<string>().ToList()
            : [];

    public static bool? AsBool(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        _ => null,
    };

    public static string? AsString(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False =>
            v.ToJsonString(),
        _ => null,
    };

    public static decimal? AsDecimal(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number =>
            decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : null,
        JsonValue v when v.TryGetValue<string>(out var s) =>
            decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : null,
        _ => null,
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Core.ContentModel;

/// <summary>
/// Reads properties of part and field JSON by their exact (case-sensitive) name, as Orchard writes them.
/// A wrongly typed property reads as absent, so preparing and indexing never fail on stored data;
/// validation reports it.
/// </summary>
internal static class ContentJson
{
    public static JsonNode? Get(JsonObject? obj, string property) =>
        obj is not null && obj.TryGetPropertyValue(property, out var node) ? node : null;

    /// <summary>True with the text (null when absent or null), false when the property is not a string.</summary>
    public static bool TryGetString(JsonObject? obj, string property, out string? text)
    {
        text = null;
        var node = Get(obj, property);
        if (node is null)
        {
            return true;
        }

        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            text = v.GetValue<string>();
            return true;
        }

        return false;
    }

    /// <summary>The string property, or null when absent or not a string.</summary>
    public static string? GetString(JsonObject? obj, string property) =>
        TryGetString(obj, property, out var text) ? text : null;

    /// <summary>True for a JSON true (or "true"), false otherwise.</summary>
    public static bool GetBool(JsonObject? obj, string property) =>
        Get(obj, property) is JsonValue v
        && (v.GetValueKind() == JsonValueKind.True
            || (v.GetValueKind() == JsonValueKind.String && bool.TryParse(v.GetValue<string>(), out var b) && b));
}

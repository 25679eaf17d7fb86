using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.GraphQL.Schema;

/// <summary>Tolerant reads of stored field values: recipes store numbers and booleans as JSON values or strings alike.</summary>
internal static class JsonValues
{
    public static string? String(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => null,
    };

    public static decimal? Decimal(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) &&
            decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static bool? Bool(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        _ => null,
    };

    public static DateTime? Date(JsonNode? node) =>
        String(node) is { Length: > 0 } s && DateTime.TryParse(s, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    public static TimeSpan? Time(JsonNode? node) =>
        String(node) is { Length: > 0 } s && TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out var time) ? time : null;

    public static IReadOnlyList<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(String).OfType<string>().ToList() : [];
}

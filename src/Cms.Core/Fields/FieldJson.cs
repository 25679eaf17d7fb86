using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;

namespace Cms.Core.Fields;

/// <summary>
/// Reads the properties of a field's JSON value. Stored values are read leniently (a wrongly typed
/// property counts as empty) so indexing never fails; validation reports the same problems by pointer.
/// </summary>
internal static class FieldJson
{
    /// <summary>The width of the text index column; longer values are cut in the index only.</summary>
    public const int MaxIndexedTextLength = 766;

    /// <summary>Cuts a value to the width of the text index column, never between the halves of a surrogate pair.</summary>
    public static string? TruncateForIndex(string? text)
    {
        if (text is not { Length: > MaxIndexedTextLength })
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[MaxIndexedTextLength - 1]) ? MaxIndexedTextLength - 1 : MaxIndexedTextLength;
        return text[..length];
    }

    public static JsonNode? Get(JsonObject? value, string property) => ContentJson.Get(value, property);

    /// <summary>A stored date as preview templates show it, e.g. "yyyy-MM-dd"; null when it is not a date.</summary>
    public static string? FormatDate(JsonNode? node, string format) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String &&
        DateTime.TryParse(v.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToString(format, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The strings of an array (numbers and booleans as their JSON text); empty for anything else.</summary>
    public static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(SettingsReader.AsString).OfType<string>().ToList() : [];

    /// <summary>JSON pointer of one property of the field, e.g. "/Letter/Recipient/Text".</summary>
    public static string Pointer(ContentFieldContext context, string property) => $"{context.Path}/{property}";

    public static string RequiredMessage(ContentFieldContext context) => $"The {context.Field.DisplayName} field is required.";

    /// <summary>
    /// True unless the property is absent, null or blank text: a value of another type counts as present
    /// (the kind's Validate names it), so Required reports only what is really missing.
    /// </summary>
    public static bool HasText(ContentFieldContext context, string property) =>
        !(TryGetString(context.Value, property, out var text) && string.IsNullOrWhiteSpace(text));

    /// <summary>
    /// Checks a field whose <c>Value</c> is text in a format (date, date and time, time): it must be text
    /// and parse (whether it may be empty is the Required setting's, checked by ContentItemValidator). <paramref name="what"/> names the format ("a date"),
    /// <paramref name="valid"/> a valid value of it ("a valid date").
    /// </summary>
    public static void ValidateFormattedValue(ContentFieldContext context, ContentValidationResult result,
        string what, string valid, string example, Func<string, bool> parses)
    {
        var pointer = Pointer(context, "Value");
        var isString = TryGetString(context.Value, "Value", out var text);
        if (Get(context.Value, "Value") is not null && !isString)
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field must be {what} written as text, e.g. \"{example}\".");
        }
        else if (!string.IsNullOrWhiteSpace(text) && !parses(text))
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field is not {valid}: '{text}'.");
        }
    }

    /// <summary>True with the text (null when absent or null), false when the property is not a string.</summary>
    public static bool TryGetString(JsonObject? value, string property, out string? text) =>
        ContentJson.TryGetString(value, property, out text);

    /// <summary>The string property, or null when absent or not a string.</summary>
    public static string? GetString(JsonObject? value, string property) => ContentJson.GetString(value, property);

    /// <summary>
    /// Reads a string property, reporting a wrong type at its pointer. Returns the text, null when absent.
    /// </summary>
    public static string? ReadString(ContentFieldContext context, string property, ContentValidationResult result)
    {
        if (TryGetString(context.Value, property, out var text))
        {
            return text;
        }

        result.Add(Pointer(context, property), $"The {context.Field.DisplayName} field's {property} must be a string.");
        return null;
    }

    /// <summary>
    /// The non-empty strings of an array property. With a result, a property that is not an array and
    /// every element that is not a non-empty string is reported; without one they are skipped.
    /// </summary>
    public static List<string> ReadStrings(
        ContentFieldContext context, string property, string element, ContentValidationResult? result = null) =>
        ReadIndexedStrings(context, property, element, result).Select(s => s.Text).ToList();

    /// <summary>As <see cref="ReadStrings"/>, with each string's index in the array for pointers to it.</summary>
    public static List<(int Index, string Text)> ReadIndexedStrings(
        ContentFieldContext context, string property, string element, ContentValidationResult? result = null)
    {
        var values = new List<(int Index, string Text)>();
        var node = Get(context.Value, property);
        if (node is null)
        {
            return values;
        }

        if (node is not JsonArray array)
        {
            result?.Add(Pointer(context, property), $"The {context.Field.DisplayName} field's {property} must be an array of {element}s.");
            return values;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } text)
            {
                values.Add((i, text));
            }
            else
            {
                result?.Add($"{Pointer(context, property)}/{i}", $"Each {element} of the {context.Field.DisplayName} field must be a non-empty string.");
            }
        }

        return values;
    }
}

using System.Globalization;
using Cms.Core.ContentModel;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.TimeField;

/// <summary>TimeField: <c>{ "Value": "13:45:00" }</c>, a time of day (00:00:00 up to, not including, 24:00:00).</summary>
internal sealed class TimeFieldKind : IContentFieldKind
{
    public string Name => "TimeField";

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        var pointer = FieldJson.Pointer(context, "Value");
        var node = FieldJson.Get(context.Value, "Value");
        var isString = FieldJson.TryGetString(context.Value, "Value", out var text);
        if (node is not null && !isString)
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field must be a time written as text, e.g. \"13:45:00\".");
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            if (TimeFieldSettings.From(context.Field).Required)
            {
                result.Add(pointer, FieldJson.RequiredMessage(context));
            }
        }
        else if (Parse(text) is null)
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field is not a valid time of day: '{text}'.");
        }
    }

    public void Index(ContentFieldContext context, ContentIndexEntries entries) =>
        entries.FieldValues.Add(new FieldValueIndexEntry(
            FieldValueKind.Time, context.TypePart.Name, context.Field.Name,
            Parse(FieldJson.GetString(context.Value, "Value"))));

    /// <summary>The time of day; null when empty, not a time, or outside one day.</summary>
    public static TimeSpan? Parse(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value)
        && value >= TimeSpan.Zero && value < TimeSpan.FromDays(1)
            ? value
            : null;
}

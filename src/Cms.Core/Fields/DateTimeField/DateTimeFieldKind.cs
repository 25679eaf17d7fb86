using System.Globalization;
using Cms.Core.ContentModel;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.DateTimeField;

/// <summary>DateTimeField: <c>{ "Value": "2024-04-07T10:00:00Z" }</c>; a value without offset is taken as UTC.</summary>
internal sealed class DateTimeFieldKind : IContentFieldKind
{
    public string Name => "DateTimeField";

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        var pointer = FieldJson.Pointer(context, "Value");
        var node = FieldJson.Get(context.Value, "Value");
        var isString = FieldJson.TryGetString(context.Value, "Value", out var text);
        if (node is not null && !isString)
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field must be a date and time written as text, e.g. \"2024-04-07T10:00:00Z\".");
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            if (DateTimeFieldSettings.From(context.Field).Required)
            {
                result.Add(pointer, FieldJson.RequiredMessage(context));
            }
        }
        else if (Parse(text) is null)
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field is not a valid date and time: '{text}'.");
        }
    }

    public void Index(ContentFieldContext context, ContentIndexEntries entries) =>
        entries.FieldValues.Add(new FieldValueIndexEntry(
            FieldValueKind.DateTime, context.TypePart.Name, context.Field.Name,
            Parse(FieldJson.GetString(context.Value, "Value"))));

    /// <summary>The instant in UTC (Kind Utc); null when empty, not a date and time, or a time without a date.</summary>
    public static DateTime? Parse(string? text) =>
        // NoCurrentDateDefault: a bare time must not silently take today's date from the clock.
        !string.IsNullOrWhiteSpace(text)
        && DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal | DateTimeStyles.NoCurrentDateDefault, out var value)
        && value.Date != DateTime.MinValue.Date
            ? value
            : null;
}

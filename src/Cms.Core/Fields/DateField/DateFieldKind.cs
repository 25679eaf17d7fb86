using System.Globalization;
using Cms.Core.ContentModel;
using Cms.Core.Fields.DateTimeField;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.DateField;

/// <summary>
/// DateField: <c>{ "Value": "2018-05-17T00:00:00" }</c>. Only the date counts: it is read as written
/// (an offset does not move it to another day) and indexed as midnight UTC.
/// </summary>
internal sealed class DateFieldKind : IContentFieldKind
{
    public string Name => "DateField";

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        var pointer = FieldJson.Pointer(context, "Value");
        var node = FieldJson.Get(context.Value, "Value");
        var isString = FieldJson.TryGetString(context.Value, "Value", out var text);
        if (node is not null && !isString)
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field must be a date written as text, e.g. \"2024-04-07\".");
        }
        else if (string.IsNullOrWhiteSpace(text))
        {
            if (DateFieldSettings.From(context.Field).Required)
            {
                result.Add(pointer, FieldJson.RequiredMessage(context));
            }
        }
        else if (Parse(text) is null)
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field is not a valid date: '{text}'.");
        }
    }

    public void Index(ContentFieldContext context, ContentIndexEntries entries) =>
        entries.FieldValues.Add(new FieldValueIndexEntry(
            FieldValueKind.Date, context.TypePart.Name, context.Field.Name,
            Parse(FieldJson.GetString(context.Value, "Value"))));

    /// <summary>The date of the text at midnight, Kind Utc; null when empty or not a date.</summary>
    public static DateTime? Parse(string? text) =>
        // The DateTime parse only proves the text holds a date; the offset parse keeps the day as written.
        DateTimeFieldKind.Parse(text) is not null
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? DateTime.SpecifyKind(value.DateTime.Date, DateTimeKind.Utc)
            : null;
}

using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Fields.DateTimeField;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.DateField;

/// <summary>
/// DateField: <c>{ "Value": "2018-05-17T00:00:00" }</c>. Only the date counts: it is read as written
/// (an offset does not move it to another day) and indexed as midnight UTC.
/// </summary>
internal sealed class DateFieldKind : IContentFieldKind
{
    public const string KindName = "DateField";

    public string Name => KindName;

    public string ValueProperty => "Value";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [SettingDescriptor.Hint(DateFieldSettings.Key), SettingDescriptor.Required(DateFieldSettings.Key)];

    public void Validate(ContentFieldContext context, ContentValidationResult result) =>
        FieldJson.ValidateFormattedValue(context, result,
            "a date", "a valid date", "2024-04-07", text => Parse(text) is not null);

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

    public bool HasValue(ContentFieldContext context) => FieldJson.HasText(context, "Value");

    public object? PreviewValue(JsonObject? value) => FieldJson.FormatDate(value?["Value"], "yyyy-MM-dd");
}

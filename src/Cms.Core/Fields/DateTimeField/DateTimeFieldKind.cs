using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.DateTimeField;

/// <summary>DateTimeField: <c>{ "Value": "2024-04-07T10:00:00Z" }</c>; a value without offset is taken as UTC.</summary>
internal sealed class DateTimeFieldKind : IContentFieldKind
{
    public const string KindName = "DateTimeField";

    public string Name => KindName;

    public string ValueProperty => "Value";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [SettingDescriptor.Hint(DateTimeFieldSettings.Key), SettingDescriptor.Required(DateTimeFieldSettings.Key)];

    public void Validate(ContentFieldContext context, ContentValidationResult result) =>
        FieldJson.ValidateFormattedValue(context, result,
            "a date and time", "a valid date and time", "2024-04-07T10:00:00Z", text => Parse(text) is not null);

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

    public bool HasValue(ContentFieldContext context) => FieldJson.HasText(context, "Value");

    public object? PreviewValue(JsonObject? value) => FieldJson.FormatDate(value?["Value"], "yyyy-MM-dd'T'HH:mm:ss'Z'");
}

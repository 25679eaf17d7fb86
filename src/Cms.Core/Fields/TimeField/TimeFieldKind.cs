using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.TimeField;

/// <summary>TimeField: <c>{ "Value": "13:45:00" }</c>, a time of day (00:00:00 up to, not including, 24:00:00).</summary>
internal sealed class TimeFieldKind : IContentFieldKind
{
    public const string KindName = "TimeField";

    public string Name => KindName;

    public string ValueProperty => "Value";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [SettingDescriptor.Hint(TimeFieldSettings.Key), SettingDescriptor.Required(TimeFieldSettings.Key),
        SettingDescriptor.Text(TimeFieldSettings.Key, "Step", "Step (e.g. 00:15)")];

    public void Validate(ContentFieldContext context, ContentValidationResult result) =>
        FieldJson.ValidateFormattedValue(context, result,
            "a time", "a valid time of day", "13:45:00", text => Parse(text) is not null);

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

    public bool HasValue(ContentFieldContext context) => FieldJson.HasText(context, "Value");

    public object? PreviewValue(JsonObject? value) => ContentJson.GetString(value, "Value");
}

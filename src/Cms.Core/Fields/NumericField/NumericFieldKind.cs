using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.NumericField;

/// <summary>NumericField: <c>{ "Value": 12.5 }</c>; numeric strings are accepted too, as scripts produce them.</summary>
internal sealed class NumericFieldKind : IContentFieldKind
{
    public const string KindName = "NumericField";

    public string Name => KindName;

    public string ValueProperty => "Value";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [
        SettingDescriptor.Hint(NumericFieldSettings.Key), SettingDescriptor.Required(NumericFieldSettings.Key),
        new(NumericFieldSettings.Key, "Scale", SettingKind.WholeNumber, "Decimal places (0 for whole numbers)"),
        new(NumericFieldSettings.Key, "Minimum", SettingKind.AnyNumber, "Minimum"),
        new(NumericFieldSettings.Key, "Maximum", SettingKind.AnyNumber, "Maximum"),
        SettingDescriptor.Text(NumericFieldSettings.Key, "Placeholder", "Placeholder"),
        SettingDescriptor.Text(NumericFieldSettings.Key, "DefaultValue", "Default value"),
    ];

    /// <summary>An empty count that follows a bag (<see cref="BagItemCountSettings"/>) becomes the bag's item count.</summary>
    public void Prepare(ContentFieldContext context)
    {
        if (BagItemCountSettings.From(context.Field).BagPartName is not { Length: > 0 } bagName
            || !IsEmpty(FieldJson.Get(context.Value, "Value"))
            || context.Item.GetPart(bagName)?["ContentItems"] is not JsonArray { Count: > 0 } items)
        {
            return;
        }

        if (context.Value is { } value)
        {
            value["Value"] = items.Count;
        }
        else if (context.Item.GetPart(context.TypePart.Name) is { } part)
        {
            part[context.Field.Name] = new JsonObject { ["Value"] = items.Count };
        }
    }

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        var pointer = FieldJson.Pointer(context, "Value");
        var settings = NumericFieldSettings.From(context.Field);
        var node = FieldJson.Get(context.Value, "Value");
        if (IsEmpty(node))
        {
            return;
        }

        if (ReadNumber(node) is not { } number)
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field must be a number.");
            return;
        }

        if (settings.Scale == 0 && number != decimal.Truncate(number))
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field must be a whole number.");
        }
        else if (settings.Scale > 0 && Math.Round(number, settings.Scale) != number)
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field allows at most {settings.Scale} decimal places.");
        }

        if (settings.Minimum is { } minimum && number < minimum)
        {
            result.Add(pointer, $"The value must be greater than or equal to {Format(minimum)}.");
        }

        if (settings.Maximum is { } maximum && number > maximum)
        {
            result.Add(pointer, $"The value must be less than or equal to {Format(maximum)}.");
        }
    }

    public void Index(ContentFieldContext context, ContentIndexEntries entries) =>
        entries.FieldValues.Add(new FieldValueIndexEntry(
            FieldValueKind.Numeric, context.TypePart.Name, context.Field.Name,
            ReadNumber(FieldJson.Get(context.Value, "Value"))));

    private static bool IsEmpty(JsonNode? node) =>
        node is null || (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>()));

    /// <summary>The number held by a JSON number or numeric string; null for anything else.</summary>
    private static decimal? ReadNumber(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.Number or JsonValueKind.String ? SettingsReader.AsDecimal(v) : null;

    private static string Format(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);

    public bool HasValue(ContentFieldContext context) => !IsEmpty(FieldJson.Get(context.Value, "Value"));

    public object? PreviewValue(JsonObject? value) => SettingsReader.AsDecimal(value?["Value"]);
}

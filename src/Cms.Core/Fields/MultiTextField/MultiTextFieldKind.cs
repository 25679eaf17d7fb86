using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.MultiTextField;

/// <summary>
/// MultiTextField: <c>{ "Values": [...] }</c>, each value one of the options. Indexed as one text row per
/// value (a single null row when there is none), so "has value x" filters work; it is not orderable.
/// </summary>
internal sealed class MultiTextFieldKind : IContentFieldKind
{
    public const string KindName = "MultiTextField";

    public string Name => KindName;

    public string ValueProperty => "Values";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [
        SettingDescriptor.Hint(MultiTextFieldSettings.Key), SettingDescriptor.Required(MultiTextFieldSettings.Key),
        new(MultiTextFieldSettings.Key, "Options", SettingKind.Options, "Options, one per line as name|value (a * after the value ticks it by default)"),
    ];

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        var settings = MultiTextFieldSettings.From(context.Field);
        var values = FieldJson.ReadIndexedStrings(context, "Values", "value", result);
        var pointer = FieldJson.Pointer(context, "Values");
        if (settings.Options.Count == 0)
        {
            return;
        }

        var allowed = settings.Options.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (index, value) in values.Where(v => !allowed.Contains(v.Text)))
        {
            result.Add($"{pointer}/{index}", $"'{value}' is not one of the options of the {context.Field.DisplayName} field.");
        }
    }

    public void Index(ContentFieldContext context, ContentIndexEntries entries)
    {
        var values = FieldJson.ReadStrings(context, "Values", "value").Distinct(StringComparer.Ordinal).ToList();
        if (values.Count == 0)
        {
            entries.FieldValues.Add(new FieldValueIndexEntry(FieldValueKind.Text, context.TypePart.Name, context.Field.Name, null));
            return;
        }

        foreach (var value in values)
        {
            entries.FieldValues.Add(new FieldValueIndexEntry(
                FieldValueKind.Text, context.TypePart.Name, context.Field.Name, FieldJson.TruncateForIndex(value)));
        }
    }

    public bool HasValue(ContentFieldContext context) => FieldJson.ReadStrings(context, "Values", "value").Count > 0;

    public object? PreviewValue(JsonObject? value) => FieldJson.Strings(value?["Values"]);
}

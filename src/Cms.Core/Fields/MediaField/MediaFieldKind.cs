using System.Text.Json.Nodes;
using System.Text.Json;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.MediaField;

/// <summary>
/// MediaField: <c>{ "Paths": [...], "MediaTexts": [...], "Anchors": [...] }</c>, the three arrays in step.
/// Not indexed: Orchard has no filter on media either.
/// </summary>
internal sealed class MediaFieldKind : IContentFieldKind
{
    public const string KindName = "MediaField";

    public string Name => KindName;

    public string ValueProperty => "Paths";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [
        SettingDescriptor.Hint(MediaFieldSettings.Key), SettingDescriptor.Required(MediaFieldSettings.Key),
        SettingDescriptor.Flag(MediaFieldSettings.Key, "Multiple", "Allow several files", true),
        SettingDescriptor.Flag(MediaFieldSettings.Key, "AllowMediaText", "Ask for a media text (alt text)", true),
        new(MediaFieldSettings.Key, "AllowedExtensions", SettingKind.Lines, "Allowed extensions, one per line (empty: the library's)"),
    ];

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        var settings = MediaFieldSettings.From(context.Field);
        var name = context.Field.DisplayName;
        var pointer = FieldJson.Pointer(context, "Paths");
        var paths = FieldJson.ReadIndexedStrings(context, "Paths", "media path", result);
        if (paths.Count > 1 && !settings.Multiple)
        {
            result.Add(pointer, $"The {name} field allows only one media item.");
        }

        foreach (var (index, path) in paths.Where(p => !settings.IsExtensionAllowed(p.Text)))
        {
            result.Add($"{pointer}/{index}",
                $"The file type '{Path.GetExtension(path)}' is not allowed for the {name} field; allowed: {string.Join(", ", settings.AllowedExtensions)}.");
        }

        ValidateArray(context, "MediaTexts", "a string", node => node is JsonValue v && v.GetValueKind() == JsonValueKind.String, result);
        ValidateArray(context, "Anchors", "an object", node => node is JsonObject, result);
    }

    public void Index(ContentFieldContext context, ContentIndexEntries entries)
    {
        // Media paths are neither filtered nor ordered on.
    }

    /// <summary>Media texts may be empty strings and anchors are objects, so these are not read as strings.</summary>
    private static void ValidateArray(
        ContentFieldContext context, string property, string element, Func<JsonNode?, bool> isValid, ContentValidationResult result)
    {
        switch (FieldJson.Get(context.Value, property))
        {
            case null:
                return;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (!isValid(array[i]))
                    {
                        result.Add($"{FieldJson.Pointer(context, property)}/{i}", $"Each of the {context.Field.DisplayName} field's {property} must be {element}.");
                    }
                }

                return;
            default:
                result.Add(FieldJson.Pointer(context, property), $"The {context.Field.DisplayName} field's {property} must be an array.");
                return;
        }
    }

    public bool HasValue(ContentFieldContext context) => FieldJson.ReadStrings(context, "Paths", "media path").Count > 0;

    public object? PreviewValue(JsonObject? value) => FieldJson.Strings(value?["Paths"]).Select((path, index) => new Dictionary<string, object?>
    {
        ["Url"] = "/media/" + path.TrimStart('/'),
        ["Text"] = FieldJson.Strings(value?["MediaTexts"]).ElementAtOrDefault(index),
    }).ToList();
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Parts.MarkdownBodyPart;
using Cms.Core.Storage;

namespace Cms.Web.Preview;

/// <summary>
/// Turns an item into what the preview templates read: <c>item</c> (metadata), <c>fields</c> (the type's
/// own fields as plain values), <c>related</c> (picked items), <c>terms</c> (taxonomy term names),
/// <c>bags</c> (BagPart items) and <c>body_html</c>. Related items and taxonomies load in one query, and every
/// related, term or bag item passes the caller's read rule (the one GraphQL applies) before it is shown.
/// </summary>
internal static class PreviewModelBuilder
{
    public static async Task<Dictionary<string, object?>> BuildAsync(
        ContentItem item, ContentDefinitionDocument definitions, SqlSession session, Func<ContentItem, bool> canRead,
        CancellationToken cancellationToken)
    {
        var type = definitions.FindType(item.ContentType);
        var ownFields = type is null ? [] : definitions.FindPart(item.ContentType)?.OrderedFields().ToList() ?? [];
        var ownPart = item.GetPart(item.ContentType) ?? [];
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in ownFields)
        {
            var value = ownPart[field.Name] as JsonObject;
            referenced.UnionWith(field.FieldName switch
            {
                "ContentPickerField" => Strings(value?["ContentItemIds"]),
                "TaxonomyField" => Strings(value?["TaxonomyContentItemId"] is JsonValue t ? new JsonArray(t.DeepClone()) : null),
                _ => [],
            });
        }

        var loaded = await RelatedContentItems.LoadAsync(session, referenced, canRead, cancellationToken);

        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        var related = new Dictionary<string, object?>(StringComparer.Ordinal);
        var terms = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in ownFields)
        {
            var value = ownPart[field.Name] as JsonObject;
            switch (field.FieldName)
            {
                case "ContentPickerField":
                    related[field.Name] = Strings(value?["ContentItemIds"]).Where(loaded.ContainsKey).Select(id => Summary(loaded[id])).ToList();
                    break;
                case "TaxonomyField":
                    var taxonomy = value?["TaxonomyContentItemId"]?.GetValue<string>() is { } taxonomyId && loaded.TryGetValue(taxonomyId, out var t) ? t : null;
                    var names = TermNames(taxonomy, canRead);
                    terms[field.Name] = Strings(value?["TermContentItemIds"]).Select(id => names.GetValueOrDefault(id)).OfType<string>().ToList();
                    break;
                default:
                    fields[field.Name] = FieldValue(field.FieldName, value);
                    break;
            }
        }

        var bags = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var bag in type?.Parts.Where(p => p.PartName == "BagPart") ?? [])
        {
            bags[bag.Name] = InlineContentItems.Read(item.GetPart(bag.Name)?["ContentItems"], item)
                .Where(canRead).Select(nested => BagItem(nested, definitions)).ToList();
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["item"] = Metadata(item),
            ["title"] = item.DisplayText,
            ["fields"] = fields,
            ["related"] = related,
            ["terms"] = terms,
            ["bags"] = bags,
            ["body_html"] = BodyHtml(item, type),
        };
    }

    /// <summary>What a list card shows: title, status, the first date field and the Summary or Teaser.</summary>
    public static Dictionary<string, object?> ListEntry(ContentItem item, ContentDefinitionDocument definitions)
    {
        var fields = definitions.FindPart(item.ContentType)?.OrderedFields().ToList() ?? [];
        var part = item.GetPart(item.ContentType) ?? [];
        var dateField = fields.Find(f => f.FieldName == "DateField");
        var summaryField = fields.Find(f => f.Name is "Summary" or "Teaser");
        var entry = Summary(item);
        entry["Date"] = dateField is null ? null : FieldValue("DateField", part[dateField.Name] as JsonObject);
        entry["Summary"] = summaryField is null ? null : FieldValue(summaryField.FieldName, part[summaryField.Name] as JsonObject);
        return entry;
    }

    private static Dictionary<string, object?> Metadata(ContentItem item) => new(StringComparer.Ordinal)
    {
        ["ContentItemId"] = item.ContentItemId,
        ["ContentItemVersionId"] = item.ContentItemVersionId,
        ["ContentType"] = item.ContentType,
        ["DisplayText"] = item.DisplayText,
        ["Published"] = item.Published,
        ["Latest"] = item.Latest,
        ["CreatedUtc"] = item.CreatedUtc,
        ["ModifiedUtc"] = item.ModifiedUtc,
        ["PublishedUtc"] = item.PublishedUtc,
        ["Author"] = item.Author,
        ["Path"] = item.GetPart("AutoroutePart")?["Path"]?.GetValue<string>(),
    };

    private static Dictionary<string, object?> Summary(ContentItem item) => new(StringComparer.Ordinal)
    {
        ["ContentItemId"] = item.ContentItemId,
        ["ContentType"] = item.ContentType,
        ["DisplayText"] = item.DisplayText,
        ["Published"] = item.Published,
    };

    private static Dictionary<string, object?> BagItem(ContentItem nested, ContentDefinitionDocument definitions)
    {
        var entry = Summary(nested);
        var part = nested.GetPart(nested.ContentType) ?? [];
        foreach (var field in definitions.FindPart(nested.ContentType)?.Fields ?? [])
        {
            entry[field.Name] = field.FieldName == "LinkField"
                ? (part[field.Name] as JsonObject)?["Url"]?.GetValue<string>()
                : FieldValue(field.FieldName, part[field.Name] as JsonObject);
        }

        return entry;
    }

    private static string BodyHtml(ContentItem item, ContentTypeDefinition? type)
    {
        if (item.GetPart("HtmlBodyPart")?["Html"] is JsonValue html && html.TryGetValue<string>(out var text))
        {
            return text;
        }

        if (item.GetPart("MarkdownBodyPart")?["Markdown"] is JsonValue markdown && markdown.TryGetValue<string>(out var source))
        {
            var sanitize = type?.FindPart("MarkdownBodyPart") is not { } part ||
                SettingsReader.GetBool(part.Settings, "MarkdownBodyPartSettings", "SanitizeHtml", defaultValue: true);
            return MarkdownRenderer.ToHtml(source, sanitize);
        }

        return "";
    }

    private static object? FieldValue(string fieldName, JsonObject? value) => fieldName switch
    {
        "TextField" => value?["Text"]?.GetValue<string>() is { Length: > 0 } text ? text : null,
        "HtmlField" => value?["Html"]?.GetValue<string>(),
        "MarkdownField" => MarkdownRenderer.ToHtml(value?["Markdown"]?.GetValue<string>(), sanitize: true),
        "NumericField" => SettingsReader.AsDecimal(value?["Value"]),
        "BooleanField" => SettingsReader.AsBool(value?["Value"]) ?? false,
        "DateField" => DateValue(value?["Value"], "yyyy-MM-dd"),
        "DateTimeField" => DateValue(value?["Value"], "yyyy-MM-dd'T'HH:mm:ss'Z'"),
        "TimeField" => value?["Value"]?.GetValue<string>(),
        "LinkField" => new Dictionary<string, object?>
        {
            ["Url"] = value?["Url"]?.GetValue<string>(),
            ["Text"] = value?["Text"]?.GetValue<string>(),
            ["Target"] = value?["Target"]?.GetValue<string>(),
        },
        "MediaField" => Strings(value?["Paths"]).Select((path, index) => new Dictionary<string, object?>
        {
            ["Url"] = "/media/" + path.TrimStart('/'),
            ["Text"] = Strings(value?["MediaTexts"]).ElementAtOrDefault(index),
        }).ToList(),
        "MultiTextField" => Strings(value?["Values"]),
        _ => value?.ToJsonString(),
    };

    private static string? DateValue(JsonNode? node, string format) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String &&
        DateTime.TryParse(v.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToString(format, CultureInfo.InvariantCulture)
            : null;

    private static List<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => SettingsReader.AsString(n)).OfType<string>().ToList() : [];

    /// <summary>Term ids to titles, through nested terms too; a term the caller may not read has no title.</summary>
    private static Dictionary<string, string> TermNames(ContentItem? taxonomy, Func<ContentItem, bool> canRead)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? terms)
        {
            foreach (var term in taxonomy is null ? [] : InlineContentItems.Read(terms, taxonomy))
            {
                if (term.ContentItemId.Length > 0 && canRead(term))
                {
                    names[term.ContentItemId] = term.DisplayText ?? term.GetPart("TitlePart")?["Title"]?.GetValue<string>() ?? term.ContentItemId;
                }

                Walk(term.Content["Terms"]);
            }
        }

        Walk(taxonomy?.GetPart("TaxonomyPart")?["Terms"]);
        return names;
    }
}

using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Fields;
using Cms.Core.Fields.ContentPickerField;
using Cms.Core.Fields.DateField;
using Cms.Core.Fields.LinkField;
using Cms.Core.Fields.TaxonomyField;
using Cms.Core.Parts.AutoroutePart;
using Cms.Core.Parts.BagPart;
using Cms.Core.Parts.HtmlBodyPart;
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
                ContentPickerFieldKind.KindName => Strings(value?["ContentItemIds"]),
                TaxonomyFieldKind.KindName => Strings(value?["TaxonomyContentItemId"] is JsonValue t ? new JsonArray(t.DeepClone()) : null),
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
                case ContentPickerFieldKind.KindName:
                    related[field.Name] = Strings(value?["ContentItemIds"]).Where(loaded.ContainsKey).Select(id => Summary(loaded[id])).ToList();
                    break;
                case TaxonomyFieldKind.KindName:
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
        foreach (var bag in type?.Parts.Where(p => p.PartName == BagPartKind.KindName) ?? [])
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
        var dateField = fields.Find(f => f.FieldName == DateFieldKind.KindName);
        var summaryField = fields.Find(f => f.Name is "Summary" or "Teaser");
        var entry = Summary(item);
        entry["Date"] = dateField is null ? null : FieldValue(dateField.FieldName, part[dateField.Name] as JsonObject);
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
        ["Path"] = item.GetPart(AutoroutePartKind.KindName)?["Path"]?.GetValue<string>(),
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
            entry[field.Name] = field.FieldName == LinkFieldKind.KindName
                ? (part[field.Name] as JsonObject)?["Url"]?.GetValue<string>()
                : FieldValue(field.FieldName, part[field.Name] as JsonObject);
        }

        return entry;
    }

    private static string BodyHtml(ContentItem item, ContentTypeDefinition? type)
    {
        if (item.GetPart(HtmlBodyPartKind.KindName)?["Html"] is JsonValue html && html.TryGetValue<string>(out var text))
        {
            return text;
        }

        if (item.GetPart(MarkdownBodyPartKind.KindName)?["Markdown"] is JsonValue markdown && markdown.TryGetValue<string>(out var source))
        {
            var sanitize = type?.FindPart(MarkdownBodyPartKind.KindName) is not { } part ||
                SettingsReader.GetBool(part.Settings, MarkdownBodyPartSettings.Key, "SanitizeHtml", defaultValue: true);
            return MarkdownRenderer.ToHtml(source, sanitize);
        }

        return "";
    }

    /// <summary>A field's value as its kind gives it to templates; the JSON text for kinds this CMS does not implement.</summary>
    private static object? FieldValue(string fieldName, JsonObject? value) =>
        ContentKindCatalog.Default.FindField(fieldName) is { } kind ? kind.PreviewValue(value) : value?.ToJsonString();

    private static List<string> Strings(JsonNode? node) =>
        FieldJson.Strings(node);

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

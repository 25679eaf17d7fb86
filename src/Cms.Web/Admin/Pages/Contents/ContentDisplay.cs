using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Parts.MarkdownBodyPart;
using Cms.Core.Security;
using Cms.Core.Storage;
using Cms.Web.Admin.Pages.Contents.Editors;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// A read-only view of one version for preview, versions and comparison: each part and field as a label and
/// text, HTML and Markdown rendered and always sanitised here, whatever the part's settings, so stored markup
/// never runs in the admin.
/// </summary>
public sealed record ContentDisplay(string Title, IReadOnlyList<ContentDisplayRow> Rows)
{
    private const string TitleProperty = "Title";

    /// <summary>
    /// The view of one version as the caller may see it: picked items and taxonomy terms by their titles (those the
    /// caller may preview, the rule of these pages themselves; others by id), dates and times in the site's time zone.
    /// </summary>
    public static async Task<ContentDisplay> LoadAsync(
        SqlSession session, ContentItem item, AdminCaller caller, SiteTime time, CancellationToken cancellationToken)
    {
        var lookups = caller.Definitions.FindType(item.ContentType) is { } type
            ? await EditorLookups.LoadAsync(session, type, item.Content, null, caller.Definitions, related => caller.Can(ContentAction.Preview, related), cancellationToken)
            : EditorLookups.Empty;
        return For(item, caller.Definitions, new Names(lookups, time));
    }

    private static ContentDisplay For(ContentItem item, ContentDefinitionDocument definitions, Names names)
    {
        var rows = new List<ContentDisplayRow>();
        if (definitions.FindType(item.ContentType) is { } type)
        {
            AddParts(item.Content, type, definitions, "", rows, names);
        }

        return new ContentDisplay(item.DisplayText ?? item.ContentItemId, rows);
    }

    private static void AddParts(
        JsonObject parts, ContentTypeDefinition type, ContentDefinitionDocument definitions, string prefix, List<ContentDisplayRow> rows, Names names)
    {
        foreach (var typePart in type.OrderedParts())
        {
            var part = parts[typePart.Name] as JsonObject ?? [];
            switch (typePart.PartName)
            {
                case "TitlePart":
                    rows.Add(new($"{prefix}Title", Text(part[TitleProperty]), null));
                    break;
                case "AutoroutePart":
                    rows.Add(new($"{prefix}Permalink", Text(part["Path"]), null));
                    break;
                case "HtmlBodyPart":
                    rows.Add(new($"{prefix}Body", null, ContentHtmlSanitizer.Sanitize(Text(part["Html"]))));
                    break;
                case "MarkdownBodyPart":
                    rows.Add(new($"{prefix}Markdown", null, MarkdownRenderer.ToHtml(Text(part["Markdown"]), sanitize: true)));
                    break;
                case "BagPart":
                    foreach (var nested in (part["ContentItems"] as JsonArray)?.OfType<JsonObject>() ?? [])
                    {
                        if (definitions.FindType((string?)nested["ContentType"] ?? "") is { } nestedType)
                        {
                            AddParts(nested, nestedType, definitions, $"{prefix}{nestedType.DisplayName} › ", rows, names);
                        }
                    }

                    break;
            }

            foreach (var field in definitions.FindPart(typePart.PartName)?.OrderedFields() ?? [])
            {
                var value = part[field.Name] as JsonObject ?? [];
                rows.Add(field.FieldName switch
                {
                    "HtmlField" => new($"{prefix}{field.DisplayName}", null, ContentHtmlSanitizer.Sanitize(Text(value["Html"]))),
                    "MarkdownField" => new($"{prefix}{field.DisplayName}", null, MarkdownRenderer.ToHtml(Text(value["Markdown"]), sanitize: true)),
                    "ContentPickerField" => new($"{prefix}{field.DisplayName}", names.Items(value["ContentItemIds"]), null),
                    "TaxonomyField" => new($"{prefix}{field.DisplayName}", names.Terms(value["TermContentItemIds"]), null),
                    "DateTimeField" => new($"{prefix}{field.DisplayName}", names.DateTime(value["Value"]), null),
                    _ => new($"{prefix}{field.DisplayName}", FieldText(value), null),
                });
            }
        }
    }

    private static string FieldText(JsonObject value) =>
        string.Join(" · ", value.Where(p => p.Value is not null).Select(p => p.Value is JsonArray a
            ? string.Join(", ", a.Select(Text))
            : Text(p.Value)).Where(t => t.Length > 0));

    /// <summary>How ids and dates read in the view: titles from the editor's lookups, times in the site's zone.</summary>
    private sealed record Names(EditorLookups Lookups, SiteTime Time)
    {
        public string Items(JsonNode? ids) => string.Join(", ", Ids(ids).Select(Lookups.TitleOf));

        public string Terms(JsonNode? ids)
        {
            var terms = Lookups.TermsByTaxonomy.Values.SelectMany(t => t).GroupBy(t => t.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Text.TrimStart('\u2003'), StringComparer.Ordinal);
            return string.Join(", ", Ids(ids).Select(id => terms.TryGetValue(id, out var text) ? text : id));
        }

        public string DateTime(JsonNode? value) =>
            value is JsonValue v && v.TryGetValue<DateTime>(out var utc) ? Time.Format(utc) : Text(value);

        private static IEnumerable<string> Ids(JsonNode? ids) => (ids as JsonArray)?.Select(v => (string?)v).OfType<string>() ?? [];
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => (string)v!,
        _ => node.ToJsonString(),
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Parts.MarkdownBodyPart;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// A read-only view of one version for preview, versions and comparison: each part and field as a label and
/// text, HTML and Markdown rendered and always sanitised here, whatever the part's settings, so stored markup
/// never runs in the admin.
/// </summary>
public sealed record ContentDisplay(string Title, IReadOnlyList<ContentDisplayRow> Rows)
{
    private const string TitleProperty = "Title";

    public static ContentDisplay For(ContentItem item, ContentDefinitionDocument definitions)
    {
        var rows = new List<ContentDisplayRow>();
        if (definitions.FindType(item.ContentType) is { } type)
        {
            AddParts(item.Content, type, definitions, "", rows);
        }

        return new ContentDisplay(item.DisplayText ?? item.ContentItemId, rows);
    }

    private static void AddParts(JsonObject parts, ContentTypeDefinition type, ContentDefinitionDocument definitions, string prefix, List<ContentDisplayRow> rows)
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
                            AddParts(nested, nestedType, definitions, $"{prefix}{nestedType.DisplayName} › ", rows);
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
                    _ => new($"{prefix}{field.DisplayName}", FieldText(value), null),
                });
            }
        }
    }

    private static string FieldText(JsonObject value) =>
        string.Join(" · ", value.Where(p => p.Value is not null).Select(p => p.Value is JsonArray a
            ? string.Join(", ", a.Select(Text))
            : Text(p.Value)).Where(t => t.Length > 0));

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => (string)v!,
        _ => node.ToJsonString(),
    };
}

using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>
/// Reads the editor's form back into an item's JSON, in Orchard's shapes. Only inputs the editor rendered
/// are read: a part or field whose inputs are absent keeps its stored value (e.g. a field hidden by settings).
/// The validator, not the binder, judges the values; unparsable numbers are kept as text so it can say so.
/// </summary>
internal static class ContentEditorBinder
{
    public static void Bind(IFormCollection form, ContentTypeDefinition type, JsonObject parts, string prefix, ContentDefinitionDocument definitions)
    {
        foreach (var typePart in type.Parts)
        {
            var name = $"{prefix}{typePart.Name}";
            var part = parts[typePart.Name] as JsonObject;
            if (part is null)
            {
                part = [];
                parts[typePart.Name] = part;
            }

            BindPart(form, typePart.PartName, name, part, definitions);
            foreach (var field in definitions.FindPart(typePart.PartName)?.Fields ?? [])
            {
                var value = part[field.Name] as JsonObject;
                if (value is null)
                {
                    value = [];
                    part[field.Name] = value;
                }

                BindField(form, field.FieldName, $"{name}.{field.Name}", value);
            }
        }
    }

    private static void BindPart(IFormCollection form, string partName, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
        switch (partName)
        {
            case "TitlePart":
                SetText(form, $"{name}.Title", part, "Title");
                break;
            case "AutoroutePart":
                SetText(form, $"{name}.Path", part, "Path");
                break;
            case "AliasPart":
                SetText(form, $"{name}.Alias", part, "Alias");
                break;
            case "HtmlBodyPart":
                SetText(form, $"{name}.Html", part, "Html");
                break;
            case "MarkdownBodyPart":
                SetText(form, $"{name}.Markdown", part, "Markdown");
                break;
            case "BagPart":
                BindBag(form, name, part, definitions);
                break;
        }
    }

    private static void BindBag(IFormCollection form, string name, JsonObject part, ContentDefinitionDocument definitions)
    {
        if (!form.ContainsKey($"{name}.Present"))
        {
            return;
        }

        var items = new JsonArray();
        for (var i = 0; form.ContainsKey($"{name}.ContentItems.{i}.ContentType"); i++)
        {
            var itemPrefix = $"{name}.ContentItems.{i}.";
            var contentType = form[$"{itemPrefix}ContentType"].ToString();
            var type = definitions.FindType(contentType);
            if (type is null)
            {
                continue;
            }

            var existing = (part["ContentItems"] as JsonArray)?.OfType<JsonObject>()
                .FirstOrDefault(o => (string?)o["ContentItemId"] == form[$"{itemPrefix}ContentItemId"].ToString());
            var nested = existing?.DeepClone() as JsonObject ?? new JsonObject
            {
                ["ContentItemId"] = form[$"{itemPrefix}ContentItemId"].ToString() is { Length: > 0 } id ? id : IdGenerator.NewId(),
                ["ContentType"] = contentType,
            };
            Bind(form, type, nested, itemPrefix, definitions);
            items.Add(nested);
        }

        part["ContentItems"] = items;
    }

    private static void BindField(IFormCollection form, string fieldName, string name, JsonObject value)
    {
        switch (fieldName)
        {
            case "TextField":
                SetText(form, $"{name}.Text", value, "Text");
                break;
            case "HtmlField":
                SetText(form, $"{name}.Html", value, "Html");
                break;
            case "MarkdownField":
                SetText(form, $"{name}.Markdown", value, "Markdown");
                break;
            case "NumericField":
                if (form.TryGetValue($"{name}.Value", out var number))
                {
                    var text = number.ToString().Trim();
                    value["Value"] = text.Length == 0 ? null
                        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? JsonValue.Create(parsed) : text;
                }

                break;
            case "BooleanField":
                if (form.ContainsKey($"{name}.Present"))
                {
                    value["Value"] = form[$"{name}.Value"].Contains("true");
                }

                break;
            case "DateField":
                BindDate(form, name, value, time: false);
                break;
            case "DateTimeField":
                BindDate(form, name, value, time: true);
                break;
            case "TimeField":
                if (form.TryGetValue($"{name}.Value", out var clock))
                {
                    var text = clock.ToString();
                    // The browser's time input sends HH:mm; Orchard stores a TimeSpan (HH:mm:ss).
                    value["Value"] = text.Length == 0 ? null : text.Length == 5 ? text + ":00" : text;
                }

                break;
            case "LinkField":
                SetText(form, $"{name}.Url", value, "Url");
                SetText(form, $"{name}.Text", value, "Text");
                SetText(form, $"{name}.Target", value, "Target");
                break;
            case "ContentPickerField":
                SetList(form, name, value, "ContentItemIds");
                break;
            case "MediaField":
                if (form.ContainsKey($"{name}.Present"))
                {
                    var paths = form[$"{name}.Paths"].Select(p => p ?? "").ToList();
                    var texts = form[$"{name}.MediaTexts"].Select(t => t ?? "").ToList();
                    value["Paths"] = new JsonArray([.. paths.Select(p => (JsonNode?)p)]);
                    value["MediaTexts"] = new JsonArray([.. paths.Select((_, i) => (JsonNode?)(i < texts.Count ? texts[i] : ""))]);
                }

                break;
            case "TaxonomyField":
                SetList(form, name, value, "TermContentItemIds");
                if (form.TryGetValue($"{name}.TaxonomyContentItemId", out var taxonomy))
                {
                    value["TaxonomyContentItemId"] = taxonomy.ToString();
                }

                break;
            case "MultiTextField":
                SetList(form, name, value, "Values");
                break;
        }
    }

    private static void BindDate(IFormCollection form, string name, JsonObject value, bool time)
    {
        if (!form.TryGetValue($"{name}.Value", out var posted))
        {
            return;
        }

        var text = posted.ToString();
        // Browsers send yyyy-MM-dd and yyyy-MM-ddTHH:mm; Orchard stores full ISO date-times (UTC for DateTimeField).
        value["Value"] = text.Length == 0 ? null : time ? (text.Length == 16 ? text + ":00Z" : text) : (text.Length == 10 ? text + "T00:00:00Z" : text);
    }

    private static void SetText(IFormCollection form, string key, JsonObject target, string property)
    {
        if (form.TryGetValue(key, out var value))
        {
            var text = value.ToString();
            target[property] = text.Length == 0 ? null : text;
        }
    }

    /// <summary>Lists post a "Present" marker so an emptied list is told apart from a list the form did not show.</summary>
    private static void SetList(IFormCollection form, string name, JsonObject target, string property)
    {
        if (form.ContainsKey($"{name}.Present"))
        {
            target[property] = new JsonArray([.. form[$"{name}.{property}"].Where(v => !string.IsNullOrEmpty(v)).Select(v => (JsonNode?)v)]);
        }
    }
}

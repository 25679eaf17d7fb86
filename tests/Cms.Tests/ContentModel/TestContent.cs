using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;

namespace Cms.Tests.ContentModel;

/// <summary>Builds items, definitions and kind contexts from short JSON snippets for the kind tests.</summary>
internal static class TestContent
{
    public static JsonObject Json(string json) => (JsonObject)JsonNode.Parse(json)!;

    /// <summary>A field "Letter/{fieldName}" of the given kind; <paramref name="value"/> is the field's JSON or null when absent.</summary>
    public static ContentFieldContext Field(
        string fieldKind, string fieldName, string? value, string? settings = null, string? displayName = null)
    {
        var fieldSettings = settings is null ? [] : Json(settings);
        if (displayName is not null)
        {
            fieldSettings["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = displayName };
        }

        var item = new ContentItem { ContentItemId = "item1", ContentType = "Letter" };
        var part = item.GetOrCreatePart("Letter");
        if (value is not null)
        {
            part[fieldName] = JsonNode.Parse(value);
        }

        return new ContentFieldContext
        {
            Item = item,
            TypePart = new ContentTypePartDefinition { PartName = "Letter", Name = "Letter" },
            Field = new ContentPartFieldDefinition { FieldName = fieldKind, Name = fieldName, Settings = fieldSettings },
            Value = part[fieldName] as JsonObject,
        };
    }

    /// <summary>A part of an item of type "Page"; <paramref name="part"/> is the part's JSON.</summary>
    public static ContentPartContext Part(
        string partName, string part, string? typePartSettings = null, ContentItem? item = null,
        ContentDefinitionDocument? definitions = null, ContentItem? container = null, string? name = null)
    {
        item ??= new ContentItem { ContentItemId = "page1", ContentType = "Page" };
        name ??= partName;
        item.Content[name] = Json(part);
        var typePart = new ContentTypePartDefinition
        {
            PartName = partName, Name = name, Settings = typePartSettings is null ? [] : Json(typePartSettings),
        };
        return new ContentPartContext
        {
            Item = item,
            Type = new ContentTypeDefinition { Name = item.ContentType, Parts = [typePart] },
            TypePart = typePart,
            Part = item.GetOrCreatePart(name),
            Definitions = definitions ?? new ContentDefinitionDocument(),
            Container = container,
        };
    }

    /// <summary>Definitions in the stored document's shape.</summary>
    public static ContentDefinitionDocument Definitions(string json) => ContentDefinitionDocument.FromJson(json);

    /// <summary>Validates a field as every save does: the Required setting (checked once for all kinds), then the kind's own rules.</summary>
    public static ContentValidationResult Validate(IContentFieldKind kind, ContentFieldContext context)
    {
        var result = new ContentValidationResult();
        kind.Prepare(context);
        ContentItemValidator.ValidateField(kind, context, result);
        return result;
    }

    public static ContentValidationResult Validate(IContentPartKind kind, ContentPartContext context)
    {
        var result = new ContentValidationResult();
        kind.Prepare(context);
        kind.Validate(context, result);
        return result;
    }
}

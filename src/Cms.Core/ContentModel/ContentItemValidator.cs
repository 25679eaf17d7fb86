using System.Text.Json.Nodes;
using Cms.Core.Definitions;
using Cms.Core.Fields;
using Cms.Core.Indexing;
using Cms.Core.Parts.TitlePart;

namespace Cms.Core.ContentModel;

/// <summary>
/// What every save runs on an item: the part and field kinds of its type prepare derived values, then
/// validate; nested items (bag items, taxonomy terms) go through the same rules. Also maps a prepared
/// item to its index rows.
/// </summary>
public sealed class ContentItemValidator
{
    // Orchard adds these to items without them being in the type (items of a list, terms of a taxonomy, menu
    // entries given sub-entries).
    private static readonly string[] WeldedParts = ["ContainedPart", "TermPart", "MenuItemsListPart"];

    private readonly ContentKindCatalog _catalog;

    public ContentItemValidator(ContentKindCatalog catalog)
    {
        _catalog = catalog;
    }

    public static ContentItemValidator Default { get; } = new(ContentKindCatalog.Default);

    /// <summary>Prepares the item (in place) and validates it; errors are located by JSON pointers into the item.</summary>
    public ContentValidationResult Validate(ContentDefinitionDocument definitions, ContentItem item, ContentItem? container = null)
    {
        var result = new ContentValidationResult();
        Prepare(definitions, item, container);
        ValidatePrepared(definitions, item, container, result);
        return result;
    }

    /// <summary>
    /// Runs Prepare of every field, then of every part: TitlePart first, since other parts' patterns
    /// (Autoroute, Alias) read the DisplayText it sets; the rest in the type's order.
    /// </summary>
    public void Prepare(ContentDefinitionDocument definitions, ContentItem item, ContentItem? container = null)
    {
        if (definitions.FindType(item.ContentType) is not { } type)
        {
            return;
        }

        foreach (var (field, kind) in BindFields(definitions, type, item, result: null))
        {
            kind.Prepare(field);
        }

        var parts = BindParts(definitions, type, item, container, result: null)
            .OrderBy(p => p.Kind is TitlePartKind ? 0 : 1);
        foreach (var (part, kind) in parts)
        {
            kind.Prepare(part);
        }
    }

    /// <summary>The index rows of an item that has been prepared (see <see cref="Validate"/>).</summary>
    public ContentIndexEntries BuildIndexEntries(ContentDefinitionDocument definitions, ContentItem item, ContentItem? container = null)
    {
        var entries = new ContentIndexEntries();
        if (definitions.FindType(item.ContentType) is not { } type)
        {
            return entries;
        }

        foreach (var (part, kind) in BindParts(definitions, type, item, container, result: null))
        {
            kind.Index(part, entries);
        }

        foreach (var (field, kind) in BindFields(definitions, type, item, result: null))
        {
            kind.Index(field, entries);
        }

        return entries;
    }

    private void ValidatePrepared(ContentDefinitionDocument definitions, ContentItem item, ContentItem? container, ContentValidationResult result)
    {
        if (definitions.FindType(item.ContentType) is not { } type)
        {
            result.Add("/ContentType", $"The content type '{item.ContentType}' is not defined.");
            return;
        }

        foreach (var (part, kind) in BindParts(definitions, type, item, container, result))
        {
            kind.Validate(part, result);
        }

        foreach (var (field, kind) in BindFields(definitions, type, item, result))
        {
            ValidateField(kind, field, result);
        }
    }

    /// <summary>
    /// Validates one field: the one place its Required setting (Orchard's <c>{FieldName}Settings.Required</c>) is
    /// enforced, for every writer alike (admin, REST API, recipes), then the kind's own checks.
    /// </summary>
    public static void ValidateField(IContentFieldKind kind, ContentFieldContext context, ContentValidationResult result)
    {
        if (SettingsReader.GetBool(context.Field.Settings, $"{context.Field.FieldName}Settings", "Required") && !kind.HasValue(context))
        {
            result.Add(FieldJson.Pointer(context, kind.ValueProperty), FieldJson.RequiredMessage(context));
        }

        kind.Validate(context, result);
    }

    /// <summary>
    /// The parts of the item that have a kind, with their contexts. A part whose JSON is not an object is
    /// skipped (and reported when <paramref name="result"/> is given) rather than overwritten.
    /// </summary>
    private IEnumerable<(ContentPartContext Context, IContentPartKind Kind)> BindParts(
        ContentDefinitionDocument definitions, ContentTypeDefinition type, ContentItem item, ContentItem? container,
        ContentValidationResult? result)
    {
        foreach (var typePart in TypePartsOf(type, item))
        {
            if (_catalog.FindPart(typePart.PartName) is not { } kind)
            {
                continue;
            }

            if (item.Content[typePart.Name] is not null and not JsonObject)
            {
                result?.Add($"/{typePart.Name}", $"The {typePart.Name} part must be a JSON object.");
                continue;
            }

            yield return (new ContentPartContext
            {
                Item = item,
                Type = type,
                TypePart = typePart,
                Part = item.GetOrCreatePart(typePart.Name),
                Definitions = definitions,
                Container = container,
                PrepareNested = nested => Prepare(definitions, nested, item),
                ValidateNested = (nested, pointer, nestedResult) => ValidateNested(definitions, nested, item, pointer, nestedResult),
            }, kind);
        }
    }

    /// <summary>
    /// The fields of every part of the type that have a kind. A field whose JSON is not an object gets a
    /// null value (one empty index row) and is reported when <paramref name="result"/> is given.
    /// </summary>
    private IEnumerable<(ContentFieldContext Context, IContentFieldKind Kind)> BindFields(
        ContentDefinitionDocument definitions, ContentTypeDefinition type, ContentItem item, ContentValidationResult? result)
    {
        foreach (var typePart in type.OrderedParts())
        {
            var part = item.GetPart(typePart.Name);
            foreach (var field in definitions.FindPart(typePart.PartName)?.OrderedFields() ?? [])
            {
                if (_catalog.FindField(field.FieldName) is not { } kind)
                {
                    continue;
                }

                var node = part?[field.Name];
                if (node is not null and not JsonObject)
                {
                    result?.Add($"/{typePart.Name}/{field.Name}", $"The {field.DisplayName} field must be a JSON object.");
                }

                yield return (new ContentFieldContext { Item = item, TypePart = typePart, Field = field, Value = node as JsonObject }, kind);
            }
        }
    }

    private void ValidateNested(
        ContentDefinitionDocument definitions, ContentItem nested, ContentItem container, string pointer, ContentValidationResult result)
    {
        var nestedResult = new ContentValidationResult();
        ValidatePrepared(definitions, nested, container, nestedResult);
        result.AddRange(nestedResult.Errors.Select(e => e with { Path = pointer + e.Path }));
    }

    /// <summary>The type's parts in order, then the welded parts the item carries that its type does not list.</summary>
    private static IEnumerable<ContentTypePartDefinition> TypePartsOf(ContentTypeDefinition type, ContentItem item)
    {
        foreach (var typePart in type.OrderedParts())
        {
            yield return typePart;
        }

        foreach (var name in WeldedParts)
        {
            if (item.Content[name] is JsonObject && type.FindPart(name) is null)
            {
                yield return new ContentTypePartDefinition { PartName = name, Name = name };
            }
        }
    }
}

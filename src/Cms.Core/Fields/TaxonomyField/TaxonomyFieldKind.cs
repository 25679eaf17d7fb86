using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Fields.TaxonomyField;

/// <summary>
/// TaxonomyField: <c>{ "TaxonomyContentItemId", "TermContentItemIds": [...] }</c>, one index row per term.
/// Whether the terms exist in the taxonomy (and are leaves, for LeavesOnly) needs the store, so the
/// storage layer checks it.
/// </summary>
internal sealed class TaxonomyFieldKind : IContentFieldKind
{
    public const string KindName = "TaxonomyField";

    public string Name => KindName;

    public string ValueProperty => "TermContentItemIds";

    public IReadOnlyList<SettingDescriptor> Settings { get; } =
    [
        SettingDescriptor.Hint(TaxonomyFieldSettings.Key), SettingDescriptor.Required(TaxonomyFieldSettings.Key),
        new(TaxonomyFieldSettings.Key, "TaxonomyContentItemId", SettingKind.Taxonomy, "Taxonomy"),
        SettingDescriptor.Flag(TaxonomyFieldSettings.Key, "Unique", "One term only"),
        SettingDescriptor.Flag(TaxonomyFieldSettings.Key, "LeavesOnly", "Leaf terms only"),
    ];

    /// <summary>A field saved without its taxonomy id takes the one in its settings, as Orchard's editor does.</summary>
    public void Prepare(ContentFieldContext context)
    {
        if (context.Value is { } value
            && FieldJson.TryGetString(value, "TaxonomyContentItemId", out var id) && string.IsNullOrEmpty(id)
            && TaxonomyFieldSettings.From(context.Field).TaxonomyContentItemId is { Length: > 0 } configured)
        {
            value["TaxonomyContentItemId"] = configured;
        }
    }

    public void Validate(ContentFieldContext context, ContentValidationResult result)
    {
        var settings = TaxonomyFieldSettings.From(context.Field);
        FieldJson.ReadString(context, "TaxonomyContentItemId", result);
        var terms = FieldJson.ReadStrings(context, "TermContentItemIds", "term content item id", result);
        var pointer = FieldJson.Pointer(context, "TermContentItemIds");
        if (terms.Count > 1 && settings.Unique)
        {
            result.Add(pointer, $"The {context.Field.DisplayName} field allows only one term.");
        }
    }

    public void Index(ContentFieldContext context, ContentIndexEntries entries)
    {
        var taxonomyId = FieldJson.GetString(context.Value, "TaxonomyContentItemId") is { Length: > 0 } id
            ? id
            : TaxonomyFieldSettings.From(context.Field).TaxonomyContentItemId ?? "";
        foreach (var term in FieldJson.ReadStrings(context, "TermContentItemIds", "term content item id").Distinct(StringComparer.Ordinal))
        {
            entries.Taxonomies.Add(new TaxonomyIndexEntry(taxonomyId, context.TypePart.Name, context.Field.Name, term));
        }
    }

    public bool HasValue(ContentFieldContext context) => FieldJson.ReadStrings(context, "TermContentItemIds", "term content item id").Count > 0;

    public object? PreviewValue(JsonObject? value) => FieldJson.Strings(value?["TermContentItemIds"]);
}

using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Indexing;

namespace Cms.Core.Parts.TaxonomyPart;

/// <summary>
/// TaxonomyPart: <c>{ "TermContentType", "Terms": [ term item JSON ] }</c>. Terms are items stored inline;
/// a term holds its child terms in its own top-level <c>"Terms"</c> array. Each term's
/// <c>TermPart.TaxonomyContentItemId</c> points back at the taxonomy. Orchard's TaxonomyPart has no settings.
/// </summary>
internal sealed class TaxonomyPartKind : IContentPartKind
{
    public const string TermsProperty = "Terms";

    public const string KindName = "TaxonomyPart";

    public string Name => KindName;

    public IReadOnlyList<SettingDescriptor> Settings { get; } = [];

    public void Prepare(ContentPartContext context)
    {
        if (ContentJson.Get(context.Part, TermsProperty) is JsonArray terms)
        {
            PrepareTerms(context, terms);
        }
    }

    public void Validate(ContentPartContext context, ContentValidationResult result)
    {
        var termType = PartJson.ReadString(context, "TermContentType", result);
        if (NestedContentItems.ReadArray(context, TermsProperty, result) is { } terms)
        {
            ValidateTerms(context, terms, PartJson.Pointer(context, TermsProperty), termType, [], result);
        }
    }

    public void Index(ContentPartContext context, ContentIndexEntries entries)
    {
        // Terms are indexed through the TaxonomyFields that select them.
    }

    private static void PrepareTerms(ContentPartContext context, JsonArray terms) =>
        NestedContentItems.Prepare(context, terms, term =>
        {
            term.GetOrCreatePart("TermPart")["TaxonomyContentItemId"] = context.Item.ContentItemId;
            if (term.Content[TermsProperty] is JsonArray children)
            {
                PrepareTerms(context, children);
            }
        });

    private static void ValidateTerms(
        ContentPartContext context, JsonArray terms, string pointer, string? termType, HashSet<string> ids, ContentValidationResult result)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            var termPointer = $"{pointer}/{i}";
            if (NestedContentItems.ReadItem(terms, i, termPointer, result) is not { } term)
            {
                continue;
            }

            // Fields pick terms by id across the whole tree, so an id must be unique in the taxonomy.
            if (term.ContentItemId.Length > 0 && !ids.Add(term.ContentItemId))
            {
                result.Add($"{termPointer}/ContentItemId", $"The term id '{term.ContentItemId}' is used twice in the taxonomy.");
            }

            if (!string.IsNullOrEmpty(termType) && !string.Equals(term.ContentType, termType, StringComparison.Ordinal))
            {
                result.Add($"{termPointer}/ContentType", $"The term's content type '{term.ContentType}' is not the taxonomy's term type '{termType}'.");
                continue;
            }

            context.ValidateNested?.Invoke(term, termPointer, result);
            switch (term.Content[TermsProperty])
            {
                case JsonArray children:
                    ValidateTerms(context, children, $"{termPointer}/{TermsProperty}", termType, ids, result);
                    break;
                case not null:
                    result.Add($"{termPointer}/{TermsProperty}", "A term's Terms must be an array of terms.");
                    break;
            }
        }
    }
}

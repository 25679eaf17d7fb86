using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Querying;
using Cms.Core.Storage;

namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>
/// The data the editor partials show beside the item: titles of picked items, the terms of the
/// taxonomies fields use, and a list's contained items. Loaded before rendering, in one pass; each of these
/// passes the caller's read rule (the one GraphQL and preview apply), so the editor shows nothing the caller may not see.
/// </summary>
public sealed class EditorLookups
{
    public IReadOnlyDictionary<string, string> Titles { get; private init; } = new Dictionary<string, string>();

    /// <summary>Taxonomy id → its terms (id, display text), in the taxonomy's order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Id, string Text)>> TermsByTaxonomy { get; private init; } =
        new Dictionary<string, IReadOnlyList<(string, string)>>();

    public IReadOnlyList<ContentItem> ContainedItems { get; private init; } = [];

    /// <summary>The site's cultures, default first (for items with a LocalizationPart).</summary>
    public IReadOnlyList<string> Cultures { get; private init; } = [];

    /// <summary>The other cultures of the site and the item of the set that holds each (LocalizationPart).</summary>
    public IReadOnlyList<TranslationStatus> Translations { get; private init; } = [];

    public static EditorLookups Empty { get; } = new();

    public string TitleOf(string contentItemId) => Titles.TryGetValue(contentItemId, out var title) ? title : contentItemId;

    internal static async Task<EditorLookups> LoadAsync(
        SqlSession session, ContentTypeDefinition type, JsonObject parts, string? contentItemId, ContentDefinitionDocument definitions,
        Func<ContentItem, bool> canRead, CancellationToken cancellationToken)
    {
        var picked = new HashSet<string>(StringComparer.Ordinal);
        CollectPicked(parts, picked);
        var taxonomyIds = definitions.Parts.SelectMany(p => p.Fields)
            .Where(f => f.FieldName == "TaxonomyField")
            .Select(f => SettingsReader.GetString(f.Settings, "TaxonomyFieldSettings", "TaxonomyContentItemId"))
            .OfType<string>().Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        var titles = (await RelatedContentItems.LoadAsync(session, picked, canRead, cancellationToken))
            .ToDictionary(p => p.Key, p => p.Value.DisplayText ?? p.Key, StringComparer.Ordinal);
        var taxonomies = await RelatedContentItems.LoadAsync(session, taxonomyIds, canRead, cancellationToken);
        var terms = taxonomies.ToDictionary(t => t.Key, IReadOnlyList<(string Id, string Text)> (t) => TermsOf(t.Value, canRead), StringComparer.Ordinal);

        IReadOnlyList<ContentItem> contained = [];
        if (contentItemId is not null && type.FindPart("ListPart") is not null)
        {
            contained = await session.QueryAsync(new ContentQuery
            {
                Status = ContentStatus.Latest,
                Where = ContentFilter.Where(ContentColumn.Container, FilterOperator.Equals, contentItemId),
                OrderBy = [new ContentOrder(ContentColumn.Container)],
                Take = 100,
            }, cancellationToken);
            contained = [.. contained.Where(canRead)];
        }

        var (cultures, translations) = type.Parts.Any(p => p.PartName == "LocalizationPart")
            ? await EditorTranslations.LoadAsync(session, parts, contentItemId, canRead, cancellationToken)
            : ([], []);
        return new EditorLookups
        {
            Titles = titles, TermsByTaxonomy = terms, ContainedItems = contained, Cultures = cultures, Translations = translations,
        };
    }

    /// <summary>The terms the caller may read, nested terms flattened depth first (TaxonomyPart.Terms, each term's own Terms).</summary>
    private static List<(string Id, string Text)> TermsOf(ContentItem taxonomy, Func<ContentItem, bool> canRead)
    {
        var result = new List<(string, string)>();
        Flatten(taxonomy, taxonomy.GetPart("TaxonomyPart")?["Terms"], 0, canRead, result);
        return result;
    }

    private static void Flatten(ContentItem taxonomy, JsonNode? terms, int depth, Func<ContentItem, bool> canRead, List<(string, string)> result)
    {
        foreach (var term in InlineContentItems.Read(terms, taxonomy))
        {
            if (canRead(term))
            {
                var text = term.DisplayText ?? term.GetPart("TitlePart")?["Title"]?.GetValue<string>() ?? term.ContentItemId;
                result.Add((term.ContentItemId, new string('\u2003', depth) + text));
            }

            Flatten(taxonomy, term.Content["Terms"], depth + 1, canRead, result);
        }
    }

    private static void CollectPicked(JsonNode? node, HashSet<string> ids)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "ContentItemIds" && value is JsonArray array)
                    {
                        ids.UnionWith(array.Select(v => (string?)v).OfType<string>());
                    }
                    else
                    {
                        CollectPicked(value, ids);
                    }
                }

                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    CollectPicked(value, ids);
                }

                break;
        }
    }
}

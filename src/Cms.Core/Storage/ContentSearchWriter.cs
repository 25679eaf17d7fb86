using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Parts.TaxonomyPart;

namespace Cms.Core.Storage;

/// <summary>
/// Keeps one write session's full-text rows beside its index rows: the published and latest versions get a row of their
/// words (display text, text and markup fields as text, the names of their taxonomy terms), older versions none. Term
/// names are read from the taxonomies once per session, and read again after the session saves a taxonomy.
/// </summary>
internal sealed class ContentSearchWriter
{
    private readonly IContentSearchIndex? _index;
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _termNames = new(StringComparer.Ordinal);

    public ContentSearchWriter(ISqlDialect dialect) => _index = ContentSearchIndexes.Find(dialect);

    public async Task WriteAsync(
        SqlSession session, IReadOnlyList<(ContentItem Item, ContentIndexEntries Entries)> versions, CancellationToken cancellationToken)
    {
        if (_index is null)
        {
            return;
        }

        foreach (var (item, _) in versions.Where(v => v.Item.GetPart(TaxonomyPartKind.KindName) is not null))
        {
            _termNames.Remove(item.ContentItemId);
        }

        var searchable = versions.Where(v => v.Item.Published || v.Item.Latest).ToList();
        if (searchable.Count == 0)
        {
            return;
        }

        await LoadTermNamesAsync(session, searchable.SelectMany(v => v.Entries.Taxonomies.Select(t => t.TaxonomyContentItemId)), cancellationToken);
        await _index.IndexAsync(session, searchable.Select(v => ToDocument(v.Item, v.Entries)).ToList(), cancellationToken);
    }

    public Task RemoveAsync(SqlSession session, IReadOnlyCollection<long> documentIds, CancellationToken cancellationToken) =>
        _index is null || documentIds.Count == 0 ? Task.CompletedTask : _index.RemoveAsync(session, documentIds, cancellationToken);

    /// <summary>The culture an item carries (Orchard's <c>LocalizationPart.Culture</c>), or null.</summary>
    public static string? CultureOf(ContentItem item) =>
        ContentJson.GetString(item.GetPart("LocalizationPart"), "Culture") is { Length: > 0 } culture ? culture : null;

    private SearchDocument ToDocument(ContentItem item, ContentIndexEntries entries)
    {
        var terms = entries.Taxonomies
            .Select(t => _termNames.GetValueOrDefault(t.TaxonomyContentItemId)?.GetValueOrDefault(t.TermContentItemId))
            .OfType<string>().Distinct(StringComparer.Ordinal);
        return new SearchDocument(item.DocumentId, CultureOf(item), SearchableText.Clean(item.DisplayText),
            string.Join(' ', entries.SearchBody), SearchableText.Clean(string.Join(' ', terms)));
    }

    /// <summary>The term names of taxonomies not read yet: from the published taxonomy, else its latest version.</summary>
    private async Task LoadTermNamesAsync(SqlSession session, IEnumerable<string> taxonomyIds, CancellationToken cancellationToken)
    {
        var missing = taxonomyIds.Where(id => id.Length > 0 && !_termNames.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var published = await session.GetContentItemsAsync(missing, VersionOptions.Published, cancellationToken);
        var unpublished = missing.Where(id => !published.ContainsKey(id)).ToList();
        var latest = unpublished.Count == 0
            ? new Dictionary<string, ContentItem>()
            : await session.GetContentItemsAsync(unpublished, VersionOptions.Latest, cancellationToken);
        foreach (var id in missing)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            if ((published.GetValueOrDefault(id) ?? latest.GetValueOrDefault(id)) is { } taxonomy)
            {
                AddTerms(ContentJson.Get(taxonomy.GetPart(TaxonomyPartKind.KindName), TaxonomyPartKind.TermsProperty) as JsonArray, names);
            }

            _termNames[id] = names;
        }
    }

    private static void AddTerms(JsonArray? terms, Dictionary<string, string> names)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            if (ContentJson.GetString(term, "ContentItemId") is { Length: > 0 } id && ContentJson.GetString(term, "DisplayText") is { } name)
            {
                names[id] = name;
            }

            AddTerms(term[TaxonomyPartKind.TermsProperty] as JsonArray, names);
        }
    }
}

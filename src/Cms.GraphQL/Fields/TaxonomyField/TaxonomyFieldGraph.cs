using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Cms.Core.ContentModel;
using Cms.GraphQL.DataLoading;
using Cms.GraphQL.Execution;
using Cms.GraphQL.Localization;
using Cms.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace Cms.GraphQL.Fields.TaxonomyField;

/// <summary>
/// TaxonomyField: <c>{ termContentItemIds taxonomyContentItemId termContentItems taxonomyContentItem }</c>.
/// Terms live inside the taxonomy item, so the taxonomy loads through the batch loader and its terms are read from it.
/// </summary>
internal sealed class TaxonomyFieldGraph : ObjectFieldGraph
{
    public override string FieldName => "TaxonomyField";

    protected override IEnumerable<FieldType> Members(SchemaBuildContext context) =>
    [
        Member("termContentItemIds", new ListGraphType(context.String),
            (resolve, field) => Paging.Apply(resolve, JsonValues.Strings(field.Value["TermContentItemIds"]), context.Options),
            Paging.Arguments(context), "term content item ids"),
        Member("taxonomyContentItemId", context.String,
            (_, field) => JsonValues.String(field.Value["TaxonomyContentItemId"]), description: "taxonomy content item id"),
        Member("termContentItems", new ListGraphType(context.ContentItem), (resolve, field) =>
        {
            var window = Paging.Read(resolve, context.Options);
            var termIds = JsonValues.Strings(field.Value["TermContentItemIds"]);
            var taxonomy = LoadTaxonomy(resolve, field);
            var cultures = RequestedCultures.From(resolve);
            return new DeferredResult<IReadOnlyList<ContentItem>>(async cancellationToken =>
            {
                if (await taxonomy.GetResultAsync(cancellationToken) is not { } item)
                {
                    return [];
                }

                var request = GraphQLRequestContext.From(resolve);
                var terms = TermsOf(item);
                var picked = termIds.Select(terms.GetValueOrDefault).OfType<ContentItem>();
                if (cultures is not null
                    && await Translations.PreferAsync(request, [item], cultures, published: true, dropUntranslated: false, cancellationToken)
                        is [var translated, ..] && !ReferenceEquals(translated, item) && request.Access.CanSee(translated))
                {
                    var translatedTerms = TermsOf(translated).Values.ToList();
                    picked = picked.Select(term => TermInSameSet(translatedTerms, term) ?? term).ToList();
                }

                var visible = picked
                    .Where(term => context.ContentTypes.ContainsKey(term.ContentType) && request.Access.CanSee(term)).ToList();
                return window.Apply(visible);
            });
        }, Paging.Arguments(context), "the term content items"),
        Member("taxonomyContentItem", context.ContentItem, (resolve, field) => LoadTaxonomy(resolve, field),
            description: "the taxonomy content item"),
    ];

    /// <summary>A translated taxonomy's term that translates <paramref name="term"/>: one of its localization set.</summary>
    private static ContentItem? TermInSameSet(List<ContentItem> terms, ContentItem term) =>
        Translations.SetOf(term) is { } set
            ? terms.Find(candidate => string.Equals(Translations.SetOf(candidate), set, StringComparison.Ordinal))
            : null;

    private static DeferredResult<ContentItem?> LoadTaxonomy(IResolveFieldContext resolve, FieldSource field)
    {
        var id = JsonValues.String(field.Value["TaxonomyContentItemId"]);
        var request = GraphQLRequestContext.From(resolve);
        var load = request.Items.Load(id is null ? [] : [id], latest: false);
        return new DeferredResult<ContentItem?>(async cancellationToken =>
        {
            var items = await load.GetResultAsync(cancellationToken);
            return items.Count == 1 && request.Access.CanSee(items[0]) ? items[0] : null;
        });
    }

    /// <summary>
    /// The terms of a loaded taxonomy by id, built once per loaded taxonomy item (the request's loader hands every
    /// field the same instance), not once per field that shows them.
    /// </summary>
    private static Dictionary<string, ContentItem> TermsOf(ContentItem taxonomy) => TermsByTaxonomy.GetValue(taxonomy, item =>
    {
        var terms = new Dictionary<string, ContentItem>(StringComparer.Ordinal);
        Collect(item.GetPart("TaxonomyPart")?["Terms"], item, terms);
        return terms;
    });

    private static readonly ConditionalWeakTable<ContentItem, Dictionary<string, ContentItem>> TermsByTaxonomy = new();

    /// <summary>Terms nest: each may hold its own <c>Terms</c> array.</summary>
    private static void Collect(JsonNode? terms, ContentItem taxonomy, Dictionary<string, ContentItem> into)
    {
        foreach (var term in InlineContentItems.Read(terms, taxonomy))
        {
            into[term.ContentItemId] = term;
            Collect(term.Content["Terms"], taxonomy, into);
        }
    }
}

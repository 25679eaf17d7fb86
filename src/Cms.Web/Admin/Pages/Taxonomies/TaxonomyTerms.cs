using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Web.Admin.Pages.Taxonomies;

/// <summary>
/// The terms of a Taxonomy item, held in <c>TaxonomyPart.Terms</c> as inline content items; a term keeps
/// its child terms in its own <c>Terms</c> array. Edits work on the item's JSON before it is saved.
/// </summary>
public static class TaxonomyTerms
{
    public const string Part = "TaxonomyPart";
    private const string TermsProperty = "Terms";

    /// <summary>One term in the tree as the page lists it.</summary>
    public sealed record Term(string ContentItemId, string Title, int Depth, bool IsFirst, bool IsLast);

    public static JsonArray Root(ContentItem taxonomy)
    {
        var part = taxonomy.GetOrCreatePart(Part);
        if (part[TermsProperty] is JsonArray terms)
        {
            return terms;
        }

        terms = [];
        part[TermsProperty] = terms;
        return terms;
    }

    public static string? TermType(ContentItem taxonomy) => (string?)taxonomy.GetPart(Part)?["TermContentType"];

    /// <summary>The tree flattened in display order, with each term's depth.</summary>
    public static IReadOnlyList<Term> Flatten(ContentItem taxonomy)
    {
        var list = new List<Term>();
        Walk(Root(taxonomy), 0, list);
        return list;
    }

    public static int Count(ContentItem taxonomy) => Flatten(taxonomy).Count;

    /// <summary>Adds a term at the end of the root, or of <paramref name="parentId"/>'s children.</summary>
    public static string? Add(ContentItem taxonomy, string title, string? parentId)
    {
        var siblings = Root(taxonomy);
        if (!string.IsNullOrEmpty(parentId))
        {
            if (Find(siblings, parentId) is not { } parent)
            {
                return "The parent term no longer exists.";
            }

            var term = (JsonObject)parent.Array[parent.Index]!;
            siblings = term[TermsProperty] as JsonArray ?? [];
            term[TermsProperty] = siblings;
        }

        siblings.Add(new JsonObject
        {
            ["ContentItemId"] = IdGenerator.NewId(),
            ["ContentItemVersionId"] = IdGenerator.NewId(),
            ["ContentType"] = TermType(taxonomy) ?? "Term",
            ["DisplayText"] = title,
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["TermPart"] = new JsonObject { ["TaxonomyContentItemId"] = taxonomy.ContentItemId },
        });
        return null;
    }

    public static bool Rename(ContentItem taxonomy, string termId, string title)
    {
        if (Find(Root(taxonomy), termId) is not { } found)
        {
            return false;
        }

        var term = (JsonObject)found.Array[found.Index]!;
        term["DisplayText"] = title;
        var titlePart = term["TitlePart"] as JsonObject ?? [];
        titlePart["Title"] = title;
        term["TitlePart"] = titlePart;
        return true;
    }

    /// <summary>Moves a term up (-1) or down (+1) among its siblings.</summary>
    public static bool Move(ContentItem taxonomy, string termId, int delta)
    {
        if (Find(Root(taxonomy), termId) is not { } found || found.Index + delta < 0 || found.Index + delta >= found.Array.Count)
        {
            return false;
        }

        var term = found.Array[found.Index]!;
        found.Array.RemoveAt(found.Index);
        found.Array.Insert(found.Index + delta, term);
        return true;
    }

    /// <summary>Removes a term with its child terms.</summary>
    public static bool Delete(ContentItem taxonomy, string termId)
    {
        if (Find(Root(taxonomy), termId) is not { } found)
        {
            return false;
        }

        found.Array.RemoveAt(found.Index);
        return true;
    }

    private static void Walk(JsonArray terms, int depth, List<Term> list)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i] is not JsonObject term)
            {
                continue;
            }

            var title = (string?)(term["TitlePart"] as JsonObject)?["Title"] ?? (string?)term["DisplayText"] ?? "";
            list.Add(new Term((string?)term["ContentItemId"] ?? "", title, depth, i == 0, i == terms.Count - 1));
            if (term[TermsProperty] is JsonArray children)
            {
                Walk(children, depth + 1, list);
            }
        }
    }

    private static (JsonArray Array, int Index)? Find(JsonArray terms, string termId)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i] is not JsonObject term)
            {
                continue;
            }

            if (string.Equals((string?)term["ContentItemId"], termId, StringComparison.Ordinal))
            {
                return (terms, i);
            }

            if (term[TermsProperty] is JsonArray children && Find(children, termId) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}

using Cms.Core.ContentModel;
using Cms.Core.Storage;
using Cms.GraphQL.Execution;

namespace Cms.GraphQL.Localization;

/// <summary>Replaces items by their translation in the first of the preferred cultures that their localization set has.</summary>
internal static class Translations
{
    public static string? SetOf(ContentItem item) =>
        ContentJson.GetString(item.GetPart("LocalizationPart"), "LocalizationSet") is { Length: > 0 } set ? set : null;

    /// <summary>
    /// The items in order, each in the preferred culture where its set has one; an item whose set has none of them is
    /// kept as it is, or left out with <paramref name="dropUntranslated"/>. Two items of one set become one.
    /// </summary>
    public static async Task<IReadOnlyList<ContentItem>> PreferAsync(GraphQLRequestContext request, IReadOnlyList<ContentItem> items,
        IReadOnlyList<string> cultures, bool published, bool dropUntranslated, CancellationToken cancellationToken)
    {
        var sets = items.Select(SetOf).OfType<string>().ToList();
        if (sets.Count == 0)
        {
            return items;
        }

        var session = await request.SessionAsync(cancellationToken);
        var members = await LocalizationSets.MembersAsync(session, sets, published, cancellationToken);
        var chosen = members.GroupBy(m => m.LocalizationSet, StringComparer.Ordinal).ToDictionary(
            set => set.Key,
            set => cultures.Select(c => set.FirstOrDefault(m => string.Equals(m.Culture, c, StringComparison.Ordinal))).FirstOrDefault(m => m is not null)?.ContentItemId,
            StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var item in items)
        {
            var id = SetOf(item) is { } set ? chosen.GetValueOrDefault(set) ?? (dropUntranslated ? null : item.ContentItemId) : item.ContentItemId;
            if (id is not null && !ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }

        var kept = items.Where(i => ids.Contains(i.ContentItemId, StringComparer.Ordinal)).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
        var missing = ids.Where(id => !kept.ContainsKey(id)).ToList();
        foreach (var loaded in missing.Count == 0 ? [] : await request.Items.Load(missing, latest: !published).GetResultAsync(cancellationToken))
        {
            kept[loaded.ContentItemId] = loaded;
        }

        return ids.Select(kept.GetValueOrDefault).OfType<ContentItem>().ToList();
    }
}

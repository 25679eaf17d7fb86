namespace Cms.Core.Storage;

/// <summary>One member of a localization set: the item holding the set's version in a culture.</summary>
public sealed record LocalizationSetMember(string LocalizationSet, string Culture, string ContentItemId);

/// <summary>The members of localization sets, read from the localized item index (which translations exist, in which culture).</summary>
public static class LocalizationSets
{
    /// <summary>
    /// The members of these sets that have a published version (<paramref name="published"/>) or a latest one, in set and
    /// culture order, 500 sets a query.
    /// </summary>
    public static async Task<IReadOnlyList<LocalizationSetMember>> MembersAsync(
        SqlSession session, IReadOnlyCollection<string> sets, bool published, CancellationToken cancellationToken)
    {
        var members = new List<LocalizationSetMember>();
        var flag = published ? "Published" : "Latest";
        foreach (var chunk in sets.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var names = chunk.Select((_, index) => $"@s{index}").ToList();
            var rows = await session.RowsAsync(
                $"SELECT LocalizationSet, Culture, ContentItemId FROM {Tables.LocalizedContentItemIndex} " +
                $"WHERE LocalizationSet IN ({string.Join(", ", names)}) AND {flag} = 1 ORDER BY LocalizationSet, Culture, ContentItemId",
                names.Select((name, index) => (name, (object?)chunk[index])).ToList(), cancellationToken);
            members.AddRange(rows.Select(r => new LocalizationSetMember((string)r[0]!, (string)r[1]!, (string)r[2]!)));
        }

        return members;
    }
}

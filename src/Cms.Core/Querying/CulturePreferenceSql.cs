using System.Text;
using Cms.Core.Storage;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Querying;

/// <summary>
/// The condition on the item row <c>i</c> that keeps one version per localization set: the item has no culture, or its
/// culture is the first of the preferred ones that its set has at the query's status. Each alternative is a seek on the
/// localized index (by document, then by set and culture), so the condition costs a few look-ups per row the page reads
/// and leaves the ordering index, the totals and keyset paging as they are.
/// </summary>
internal static class CulturePreferenceSql
{
    public static string Condition(IReadOnlyList<string> cultures, ContentStatus status, SqlParameters parameters)
    {
        if (cultures.Count == 0)
        {
            throw new ContentQueryException("A culture preference names at least one culture.");
        }

        var names = cultures.Select(culture => parameters.Add(culture)).ToList();
        var choices = new StringBuilder();
        for (var index = 0; index < names.Count; index++)
        {
            choices.Append(index == 0 ? "" : " OR ").Append("(x.Culture = ").Append(names[index]);
            if (index > 0)
            {
                choices.Append($" AND NOT EXISTS (SELECT 1 FROM {LocalizedContentItemIndex} y WHERE y.LocalizationSet = x.LocalizationSet")
                    .Append(" AND y.Culture IN (").Append(string.Join(", ", names.Take(index))).Append(") AND ")
                    .Append(StatusOf("y", status)).Append(')');
            }

            choices.Append(')');
        }

        return $"(NOT EXISTS (SELECT 1 FROM {LocalizedContentItemIndex} x WHERE x.DocumentId = i.DocumentId) " +
            $"OR EXISTS (SELECT 1 FROM {LocalizedContentItemIndex} x WHERE x.DocumentId = i.DocumentId AND ({choices})))";
    }

    private static string StatusOf(string alias, ContentStatus status) => status switch
    {
        ContentStatus.Published => $"{alias}.Published = 1",
        ContentStatus.Latest => $"{alias}.Latest = 1",
        ContentStatus.Draft => StatusConditions.On(alias, StatusConditions.Draft),
        _ => StatusConditions.On(alias, StatusConditions.All),
    };
}

namespace Cms.Core.Querying;

/// <summary>
/// The keyset condition "after this cursor" for an ordering: each key compared in turn, ties on the earlier keys
/// carried to the next, the tie-breaking document id last, NULLs placed as the ordering places them.
/// </summary>
internal static class KeysetCondition
{
    public static string After(
        IReadOnlyList<(string Expression, bool Descending)> keys, string tieBreak, ContentCursor after, Func<object?, string> parameter)
    {
        var all = keys.Select((k, index) => (k.Expression, k.Descending, Value: after.KeyValues[index]))
            .Append((Expression: tieBreak, Descending: keys[^1].Descending, Value: (object?)after.DocumentId))
            .ToList();
        var alternatives = new List<string>();
        for (var j = 0; j < all.Count; j++)
        {
            var parts = new List<string>();
            for (var m = 0; m < j; m++)
            {
                parts.Add(all[m].Value is null ? $"{all[m].Expression} IS NULL" : $"{all[m].Expression} = {parameter(all[m].Value)}");
            }

            var (expression, descending, value) = all[j];
            parts.Add((descending, value) switch
            {
                (false, null) => $"{expression} IS NOT NULL",
                (false, _) => $"{expression} > {parameter(value)}",
                (true, null) => "1 = 0",
                (true, _) => $"({expression} < {parameter(value)} OR {expression} IS NULL)",
            });
            alternatives.Add("(" + string.Join(" AND ", parts) + ")");
        }

        return "(" + string.Join(" OR ", alternatives) + ")";
    }
}

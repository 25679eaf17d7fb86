namespace Cms.Core.Querying;

/// <summary>
/// The keyset condition "after this cursor" for an ordering, as one or two branches whose union it is. Each branch
/// bounds the first key with a plain range (<c>a &lt;= X AND (a &lt; X OR …)</c>) an index seeks to, instead of an OR
/// that makes the engine walk from the top: a deep cursor costs what the first page does. NULLs sort first ascending
/// and last descending; a descending key's NULLs, which no range holds, are the second branch (<c>a IS NULL</c>).
/// </summary>
internal static class KeysetCondition
{
    public static IReadOnlyList<string> After(
        IReadOnlyList<(string Expression, bool Descending)> keys, string tieBreak, ContentCursor after, Func<object?, string> parameter)
    {
        var all = keys.Select((k, index) => (k.Expression, k.Descending, Value: after.KeyValues[index]))
            .Append((Expression: tieBreak, Descending: keys[^1].Descending, Value: (object?)after.DocumentId))
            .ToList();
        var (expression, descending, value) = all[0];
        var rest = Expansion(all.Skip(1).ToList(), parameter);
        if (value is null)
        {
            return descending
                ? [$"{expression} IS NULL AND {rest}"]
                : [$"(({expression} IS NULL AND {rest}) OR {expression} IS NOT NULL)"];
        }

        var bound = parameter(value);
        return descending
            ? [$"{expression} <= {bound} AND ({expression} < {bound} OR {rest})", $"{expression} IS NULL"]
            : [$"{expression} >= {bound} AND ({expression} > {bound} OR {rest})"];
    }

    /// <summary>Each key compared in turn, ties on the earlier keys carried to the next, NULLs placed as the ordering places them.</summary>
    private static string Expansion(List<(string Expression, bool Descending, object? Value)> all, Func<object?, string> parameter)
    {
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

namespace Cms.Web.Hosting;

/// <summary>"Did you mean": the known name closest to a mistyped one, when it is close enough to be the likely intent.</summary>
internal static class NameSuggestion
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(name => (Name: name, Distance: Distance(typed.ToUpperInvariant(), name.ToUpperInvariant())))
            .OrderBy(candidate => candidate.Distance)
            .FirstOrDefault();
        // More than a third of the letters changed is another word, not a typo.
        return best.Name is not null && best.Distance <= Math.Max(1, typed.Length / 3) ? best.Name : null;
    }

    /// <summary>Edit distance: insertions, deletions and substitutions.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}

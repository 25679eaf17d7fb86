namespace Cms.Core.Storage;

/// <summary>
/// Parameters for an <c>IN (...)</c> list, padded to one of a few sizes by repeating the last value (which changes no
/// answer): a list of 3 ids and one of 4 send the same statement text, so each connection keeps a handful of prepared
/// statements per query instead of one per list length.
/// </summary>
internal static class SqlInList
{
    /// <summary>The most values one list holds; longer lists are split by the caller.</summary>
    public const int MaxValues = 500;

    private static readonly int[] Sizes = [1, 2, 4, 8, 16, 32, 64, 128, 256, MaxValues];

    /// <summary>The padded size a list of <paramref name="count"/> values is sent as.</summary>
    public static int PaddedSize(int count)
    {
        foreach (var size in Sizes)
        {
            if (count <= size)
            {
                return size;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(count), count, $"An IN list holds at most {MaxValues} values.");
    }

    /// <summary>Adds the values (padded) as parameters named <paramref name="prefix"/>0, 1...; returns the list's SQL text.</summary>
    public static string Add(List<(string Name, object? Value)> parameters, string prefix, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("An IN list needs at least one value.", nameof(values));
        }

        var size = PaddedSize(values.Count);
        var names = new string[size];
        for (var i = 0; i < size; i++)
        {
            names[i] = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            parameters.Add((names[i], values[Math.Min(i, values.Count - 1)]));
        }

        return string.Join(", ", names);
    }
}

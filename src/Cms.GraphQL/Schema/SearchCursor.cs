using System.Globalization;
using System.Text;

namespace Cms.GraphQL.Schema;

/// <summary>
/// The search's <c>after</c>: the number of hits already read. Relevance is no stable key (an edit moves an item), so
/// pages follow by position, like Orchard's <c>skip</c>, behind an opaque cursor.
/// </summary>
internal static class SearchCursor
{
    private const string Prefix = "search:";

    public static string From(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static int? TryParse(string text)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(text));
            return decoded.StartsWith(Prefix, StringComparison.Ordinal) &&
                int.TryParse(decoded.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

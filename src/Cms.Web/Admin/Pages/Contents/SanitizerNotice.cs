using System.Text.Json.Nodes;
using Cms.Core.ContentModel;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// Tells the editor what the sanitiser removed on save: every "Html" value of the item (HtmlBodyPart, HtmlField,
/// nested bag items) is read before and after the save, and each one the save changed is described.
/// </summary>
internal static class SanitizerNotice
{
    public static Dictionary<string, string> Collect(JsonNode? content)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(content, "", values);
        return values;
    }

    /// <summary>" Removed: &lt;script&gt;, onclick attribute." or an empty string when nothing was taken out.</summary>
    public static string Describe(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var removed = before
            .Where(pair => after.TryGetValue(pair.Key, out var saved) && !string.Equals(saved, pair.Value, StringComparison.Ordinal))
            .SelectMany(pair => HtmlRemovals.Describe(pair.Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return removed.Count == 0 ? "" : $" Removed: {string.Join(", ", removed)}.";
    }

    private static void Collect(JsonNode? node, string path, Dictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (name == "Html" && child is JsonValue value && value.TryGetValue<string>(out var html))
                    {
                        values[$"{path}/{name}"] = html;
                    }
                    else
                    {
                        Collect(child, $"{path}/{name}", values);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], $"{path}/{i}", values);
                }

                break;
        }
    }
}

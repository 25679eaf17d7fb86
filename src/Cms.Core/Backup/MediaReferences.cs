using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Core.ContentModel;

namespace Cms.Core.Backup;

/// <summary>
/// The media paths an item refers to: a MediaField's <c>Paths</c>, and <c>/media/...</c> URLs or Orchard's
/// <c>[image]...[/image]</c> shortcodes in any text (HTML and Markdown bodies, HtmlField, links). The whole JSON is walked,
/// not the type's fields, so items nested in a bag or a flow are covered without knowing their types.
/// </summary>
public static partial class MediaReferences
{
    public static IReadOnlyCollection<string> Find(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Walk(item.Content, paths);
        return paths;
    }

    private static void Walk(JsonNode? node, SortedSet<string> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["Paths"] is JsonArray mediaPaths)
                {
                    foreach (var path in mediaPaths.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>())
                    {
                        Add(path, paths);
                    }
                }

                foreach (var (_, child) in obj)
                {
                    Walk(child, paths);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, paths);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("media", StringComparison.OrdinalIgnoreCase):
                foreach (Match match in MediaUrl().Matches(text))
                {
                    Add(Uri.UnescapeDataString(match.Groups["path"].Value), paths);
                }

                break;
        }
    }

    private static void Add(string path, SortedSet<string> paths)
    {
        var trimmed = path.Trim().TrimStart('/');
        if (trimmed.Length > 0)
        {
            paths.Add(trimmed);
        }
    }

    // Site-relative URLs only (a quote, parenthesis, '=' or space before them, or Orchard's '~'): another host's /media is not ours.
    [GeneratedRegex("""(?:(?<=^|["'(=\s])~?/media/(?<path>[^"'\s()<>?#\[\]]+))|\[image[^\]]*\](?<path>[^\[]+)\[/image\]""")]
    private static partial Regex MediaUrl();
}

namespace Cms.Core.Media;

/// <summary>Media paths as stored and served: relative, forward slashes, never leaving the media folder.</summary>
public static class MediaPath
{
    /// <summary>The normalised relative path, or null when it is empty, absolute or climbs out with "..".</summary>
    public static string? Normalize(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".." || s.Contains(':', StringComparison.Ordinal)))
        {
            return null;
        }

        return string.Join('/', segments);
    }

    /// <summary>The file's full path under <paramref name="root"/>; the path must already be normalised.</summary>
    public static string ToFullPath(string root, string normalized) =>
        System.IO.Path.Combine([root, .. normalized.Split('/')]);
}

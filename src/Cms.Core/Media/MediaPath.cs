namespace Cms.Core.Media;

/// <summary>
/// Media paths as stored and served: relative, forward slashes, never leaving the media folder. Every media
/// path any feature turns into a file path goes through <see cref="Resolve"/>.
/// </summary>
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

    /// <summary>
    /// The full path of a media path under <paramref name="root"/>: the root itself for an empty path, null when
    /// the path is absolute, climbs with "..", or (after the file system resolves it) lies outside the root.
    /// The containment test compares against the root plus a separator, so a sibling folder whose name merely
    /// starts like the root's ("media-old") is outside.
    /// </summary>
    public static string? Resolve(string root, string? mediaPath)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (string.IsNullOrEmpty(mediaPath) || mediaPath.Trim('/', '\\').Length == 0)
        {
            return fullRoot;
        }

        if (Normalize(mediaPath) is not { } normalized)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine([fullRoot, .. normalized.Split('/')]));
        return full.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>The media path ("folder/file.png") of a full path under <paramref name="root"/>.</summary>
    public static string FromFullPath(string root, string fullPath) =>
        Path.GetRelativePath(Path.GetFullPath(root), fullPath).Replace('\\', '/');

    /// <summary>"folder/name", or just the name in the root.</summary>
    public static string Combine(string? folder, string name) =>
        string.IsNullOrEmpty(folder?.Trim('/')) ? name : $"{folder.Trim('/')}/{name}";
}

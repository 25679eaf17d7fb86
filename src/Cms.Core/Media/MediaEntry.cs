namespace Cms.Core.Media;

/// <summary>A file or folder of the media library as listed; <see cref="Path"/> is the media path.</summary>
public sealed record MediaEntry(string Path, bool IsFolder, long Length, DateTime LastModifiedUtc)
{
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];
}

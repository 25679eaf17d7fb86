namespace Cms.Core.Media;

/// <summary>A file in the media library; <see cref="Path"/> is relative to /media.</summary>
public sealed record MediaFile(string Path, string Name, long Length, bool IsImage);

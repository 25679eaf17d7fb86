namespace Cms.Core.Media.Resizing;

/// <summary>A resized media file as served: its bytes, media type, cache key (also its ETag) and whether the disk cache had it.</summary>
public sealed record ResizedMediaImage(byte[] Bytes, string ContentType, string Key, bool FromCache);

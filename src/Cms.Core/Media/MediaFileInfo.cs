namespace Cms.Core.Media;

/// <summary>What serving a media file needs before reading it: its length, last write and a quoted strong ETag.</summary>
public sealed record MediaFileInfo(long Length, DateTimeOffset LastModifiedUtc, string ETag);

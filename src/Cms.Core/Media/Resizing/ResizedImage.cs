namespace Cms.Core.Media.Resizing;

/// <summary>An encoded resize result: its bytes, media type and file extension (with the dot).</summary>
public sealed record ResizedImage(byte[] Bytes, string ContentType, string Extension);

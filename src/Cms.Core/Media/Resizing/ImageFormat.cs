namespace Cms.Core.Media.Resizing;

/// <summary>Output format (Orchard's names and numbers). Bmp and Tga are Orchard's too but refused: no browser wants them.</summary>
public enum ImageFormat
{
    /// <summary>Not given: the source's own format.</summary>
    Undefined,
    Bmp,
    Gif,
    Jpg,
    Png,
    Tga,
    WebP,
}

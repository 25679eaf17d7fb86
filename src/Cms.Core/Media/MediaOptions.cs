namespace Cms.Core.Media;

/// <summary>The <c>Cms:Media</c> section: what may be stored in the media library (Orchard's defaults).</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Cms:Media";

    /// <summary>Largest accepted file in bytes. Default 30,000,000 as in Orchard.</summary>
    public long MaxFileSize { get; set; } = 30_000_000;

    public HashSet<string> AllowedFileExtensions { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".ico", ".svg", ".webp", ".pdf", ".doc", ".docx", ".ppt", ".pptx", ".pps", ".ppsx",
        ".odt", ".xls", ".xlsx", ".psd", ".mp3", ".m4a", ".ogg", ".wav", ".mp4", ".m4v", ".mov", ".wmv", ".avi", ".mpg",
        ".ogv", ".3gp", ".webm",
    };
}

using System.ComponentModel.DataAnnotations;

namespace Cms.Core.Media;

/// <summary>
/// The <c>Cms:Media</c> section: what may be stored in the media library (Orchard's defaults). The same
/// rules apply to the admin's uploads and to files written by a recipe's media step.
/// </summary>
public sealed class MediaOptions
{
    public const string SectionName = "Cms:Media";

    /// <summary>Largest accepted file in bytes. Default 30,000,000 as in Orchard.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileSize { get; set; } = 30_000_000;

    public HashSet<string> AllowedFileExtensions { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".ico", ".svg", ".webp", ".pdf", ".doc", ".docx", ".ppt", ".pptx", ".pps", ".ppsx",
        ".odt", ".xls", ".xlsx", ".psd", ".mp3", ".m4a", ".ogg", ".wav", ".mp4", ".m4v", ".mov", ".wmv", ".avi", ".mpg",
        ".ogv", ".3gp", ".webm",
    };

    /// <summary>Why a file of this name and length may not be stored, or null when it may.</summary>
    public string? Refusal(string fileName, long length)
    {
        var extension = Path.GetExtension(fileName);
        if (!AllowedFileExtensions.Contains(extension))
        {
            return $"File extension not allowed: '{extension}' (file '{fileName}').";
        }

        return length > MaxFileSize ? $"The file '{fileName}' is {length:N0} bytes; the limit is {MaxFileSize:N0} bytes." : null;
    }
}

using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Admin;

/// <summary>The <c>Cms:Admin</c> section: list paging, media limits and where the built admin theme is.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Cms:Admin";

    /// <summary>Items per content list page. Default 20; Orchard's maximum page size is 100.</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 20;

    /// <summary>Largest media upload in bytes. Default 30,000,000 (Orchard's MaxFileSize).</summary>
    [Range(1, long.MaxValue)]
    public long MediaMaxFileSize { get; set; } = 30_000_000;

    /// <summary>Extensions the media library accepts (Orchard's defaults).</summary>
    public IReadOnlyList<string> MediaAllowedExtensions { get; set; } =
    [
        ".jpg", ".jpeg", ".png", ".gif", ".ico", ".svg", ".webp", ".pdf", ".doc", ".docx", ".ppt", ".pptx", ".pps", ".ppsx",
        ".odt", ".xls", ".xlsx", ".psd", ".mp3", ".m4a", ".ogg", ".wav", ".mp4", ".m4v", ".mov", ".wmv", ".avi", ".mpg", ".ogv",
        ".3gp", ".webm",
    ];

    /// <summary>The built theme (themes/TheAdmin/dist); empty means search upwards from the content root.</summary>
    public string? ThemePath { get; set; }
}

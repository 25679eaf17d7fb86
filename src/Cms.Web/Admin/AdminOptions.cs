using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Admin;

/// <summary>The <c>Cms:Admin</c> section: list paging and where the built admin theme is.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Cms:Admin";

    /// <summary>Items per content list page. Default 20; Orchard's maximum page size is 100.</summary>
    [Range(1, 100)]
    public int PageSize { get; set; } = 20;

    /// <summary>The built theme (themes/TheAdmin/dist); empty means search upwards from the content root.</summary>
    public string? ThemePath { get; set; }
}

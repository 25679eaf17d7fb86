using System.ComponentModel.DataAnnotations;

namespace Cms.Web.Preview;

/// <summary>The <c>Cms:Preview</c> section: how long a "Preview in site" token lets a front end read its draft.</summary>
public sealed class PreviewTokenOptions
{
    public const string SectionName = "Cms:Preview";

    /// <summary>Minutes a preview token stays valid after the editor page issued it. Default 10.</summary>
    [Range(1, 1440)]
    public int TokenMinutes { get; set; } = 10;
}

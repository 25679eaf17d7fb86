namespace Cms.Web.Admin.Pages.Contents;

/// <summary>One line of a read-only view: plain text, or HTML that was sanitised when the row was made.</summary>
public sealed record ContentDisplayRow(string Label, string? Text, string? SanitizedHtml);

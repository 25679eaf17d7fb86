namespace Cms.Web.Admin.Pages.Contents.Editors;

/// <summary>One language of an item's localization set in the editor: the item holding it (null when missing) and its status.</summary>
public sealed record TranslationStatus(string Culture, string? ContentItemId, string Status);

namespace Cms.Core.Storage;

/// <summary>The Type column of the document table: what a stored JSON document is.</summary>
public static class DocumentTypes
{
    public const string ContentItem = "ContentItem";
    public const string ContentDefinition = "ContentDefinition";
    public const string SiteSettings = "SiteSettings";
    public const string Role = "Role";
    public const string User = "User";
    public const string SiteState = "SiteState";
    public const string MediaProfiles = "MediaProfiles";
}

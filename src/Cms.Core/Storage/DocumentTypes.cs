namespace Cms.Core.Storage;

/// <summary>The Type column of the document table: what a stored JSON document is.</summary>
public static class DocumentTypes
{
    public const string ContentItem = "ContentItem";

    /// <summary>One registered webhook per document, keyed by its name.</summary>
    public const string Webhook = "Webhook";
    public const string ContentDefinition = "ContentDefinition";
    public const string SiteSettings = "SiteSettings";
    public const string Role = "Role";
    public const string User = "User";
    public const string SiteState = "SiteState";

    /// <summary>One API key per document, keyed by its public id; the document holds a hash, never the secret.</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>A GraphQL query text the operator registered from a manifest (trusted documents), keyed by its id.</summary>
    public const string TrustedQuery = "TrustedQuery";

    /// <summary>A GraphQL query text any caller registered by its SHA-256 (Apollo APQ), keyed by that hash.</summary>
    public const string CachedQuery = "CachedQuery";

    public const string MediaProfiles = "MediaProfiles";

    /// <summary>A deleted item in the trash, keyed by its content item id (see <c>Trash/ContentTrash</c>).</summary>
    public const string TrashEntry = "TrashEntry";

    /// <summary>A data-protection key (XML) that signs cookies and preview tokens, shared by every node; keyed by its friendly name.</summary>
    public const string DataProtectionKey = "DataProtectionKey";

    /// <summary>Present while the full-text index must be rebuilt from the stored items (after the migration that added it).</summary>
    public const string SearchRebuild = "SearchRebuild";
}

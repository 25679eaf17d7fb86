using Cms.Core.Definitions;

namespace Cms.Core.Security;

/// <summary>
/// Every global permission, under Orchard Core's names and with its implication rules, and the full list
/// (global plus per-type for Securable types) the role editor shows for a set of content definitions.
/// </summary>
public static class PermissionCatalog
{
    public const string ContentCategory = "Content";

    // Declared strongest first: a permission can only name as implied-by those already declared above it.
    public static readonly Permission PublishContent = new("PublishContent", "Publish or unpublish content for others", ContentCategory);
    public static readonly Permission PublishOwnContent = new("PublishOwnContent", "Publish or unpublish own content", ContentCategory, [PublishContent]);
    public static readonly Permission EditContent = new("EditContent", "Edit content for others", ContentCategory, [PublishContent]);
    public static readonly Permission EditOwnContent = new("EditOwnContent", "Edit own content", ContentCategory, [EditContent, PublishOwnContent]);
    public static readonly Permission DeleteContent = new("DeleteContent", "Delete content for others", ContentCategory);
    public static readonly Permission DeleteOwnContent = new("DeleteOwnContent", "Delete own content", ContentCategory, [DeleteContent]);
    public static readonly Permission ViewContent = new("ViewContent", "View all content", ContentCategory, [EditContent]);
    public static readonly Permission ViewOwnContent = new("ViewOwnContent", "View own content", ContentCategory, [ViewContent]);
    public static readonly Permission PreviewContent = new("PreviewContent", "Preview content", ContentCategory, [EditContent, PublishContent]);
    public static readonly Permission PreviewOwnContent = new("PreviewOwnContent", "Preview own content", ContentCategory, [PreviewContent]);
    public static readonly Permission CloneContent = new("CloneContent", "Clone content", ContentCategory, [EditContent]);
    public static readonly Permission CloneOwnContent = new("CloneOwnContent", "Clone own content", ContentCategory, [CloneContent]);
    public static readonly Permission ListContent = new("ListContent", "List content items", ContentCategory);
    public static readonly Permission EditContentOwner = new("EditContentOwner", "Edit the owner of a content item", ContentCategory);
    public static readonly Permission AccessContentApi = new("AccessContentApi", "Access content via the api", ContentCategory);

    public static readonly Permission ExecuteGraphQLMutations = new("ExecuteGraphQLMutations", "Execute GraphQL Mutations.", "GraphQL");
    public static readonly Permission ExecuteGraphQL = new("ExecuteGraphQL", "Execute GraphQL.", "GraphQL", [ExecuteGraphQLMutations]);

    public static readonly Permission AccessAdminPanel = new("AccessAdminPanel", "Access admin panel", "Admin");

    public static readonly Permission ManageUsers = new("ManageUsers", "Manage security settings and all users", "Users", isSecurityCritical: true);
    public static readonly Permission ManageRoles = new("ManageRoles", "Manage roles", "Roles", isSecurityCritical: true);
    public static readonly Permission AssignRoles = new("AssignRoles", "Assign roles", "Roles", [ManageRoles], isSecurityCritical: true);

    /// <summary>Ours (Orchard has no API keys): whoever holds it can mint a key in any role, so it is as critical as ManageRoles.</summary>
    public static readonly Permission ManageApiKeys = new("ManageApiKeys", "Manage API keys", "Security", isSecurityCritical: true);

    public static readonly Permission EditContentTypes = new("EditContentTypes", "Edit content types", "Content Types", isSecurityCritical: true);
    public static readonly Permission ViewContentTypes = new("ViewContentTypes", "View content types", "Content Types", [EditContentTypes]);

    public static readonly Permission ManageSettings = new("ManageSettings", "Manage settings", "Settings", isSecurityCritical: true);
    public static readonly Permission ManageRecipes = new("ManageRecipes", "Manage recipes", "Recipes", isSecurityCritical: true);
    public static readonly Permission Import = new("Import", "Import data", "Deployment", isSecurityCritical: true);
    public static readonly Permission Export = new("Export", "Export data", "Deployment", isSecurityCritical: true);

    public static readonly Permission ManageMediaFolder = new("ManageMediaFolder", "Manage all media folders", "Media");
    public static readonly Permission ManageMediaContent = new("ManageMediaContent", "Manage media", "Media", [ManageMediaFolder]);
    public static readonly Permission ManageOwnMediaContent = new("ManageOwnMediaContent", "Manage own media", "Media", [ManageMediaContent]);
    public static readonly Permission ViewMediaContent = new("ViewMediaContent", "View media content", "Media", [ManageMediaContent]);

    /// <summary>All global permissions, content first, in the order the role editor lists them.</summary>
    public static IReadOnlyList<Permission> Global { get; } =
    [
        PublishContent, PublishOwnContent, EditContent, EditOwnContent, DeleteContent, DeleteOwnContent,
        ViewContent, ViewOwnContent, PreviewContent, PreviewOwnContent, CloneContent, CloneOwnContent,
        ListContent, EditContentOwner, AccessContentApi,
        ExecuteGraphQL, ExecuteGraphQLMutations,
        AccessAdminPanel,
        ManageUsers, ManageRoles, AssignRoles, ManageApiKeys,
        ViewContentTypes, EditContentTypes,
        ManageSettings, ManageRecipes, Import, Export,
        ManageMediaContent, ManageOwnMediaContent, ManageMediaFolder, ViewMediaContent,
    ];

    /// <summary>Global permissions followed by the per-type ones of each Securable type, in definition order.</summary>
    public static IReadOnlyList<Permission> ForDefinitions(ContentDefinitionDocument definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var all = new List<Permission>(Global);
        foreach (var type in definitions.Types)
        {
            if (type.TypeSettings.Securable)
            {
                all.AddRange(ContentTypePermissions.ForType(type));
            }
        }

        return all;
    }

    /// <summary>The global permission for an action; the Own variant is null for List and EditOwner, which have none.</summary>
    public static Permission? For(ContentAction action, bool own) => (action, own) switch
    {
        (ContentAction.View, false) => ViewContent,
        (ContentAction.View, true) => ViewOwnContent,
        (ContentAction.Preview, false) => PreviewContent,
        (ContentAction.Preview, true) => PreviewOwnContent,
        (ContentAction.Edit, false) => EditContent,
        (ContentAction.Edit, true) => EditOwnContent,
        (ContentAction.Publish, false) => PublishContent,
        (ContentAction.Publish, true) => PublishOwnContent,
        (ContentAction.Delete, false) => DeleteContent,
        (ContentAction.Delete, true) => DeleteOwnContent,
        (ContentAction.Clone, false) => CloneContent,
        (ContentAction.Clone, true) => CloneOwnContent,
        (ContentAction.List, false) => ListContent,
        (ContentAction.EditOwner, false) => EditContentOwner,
        (ContentAction.List or ContentAction.EditOwner, true) => null,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown content action."),
    };
}

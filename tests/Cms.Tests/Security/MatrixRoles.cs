using Cms.Core.Security;

namespace Cms.Tests.Security;

/// <summary>
/// The matrix's rows: the roles the site stores (<see cref="Seed"/>) and, written out by hand beside them, what each
/// caller may therefore do per content type. Authenticated holds the Securable types' View only (not ViewContent),
/// so the Own permissions of Author and Contributor decide what they see of the plain types.
/// </summary>
internal static class MatrixRoles
{
    public const string Memo = "Memo";
    public const string Page = "Page";
    public const string HubType = "Hub";
    public const string TaxonomyType = "Taxonomy";
    public const string BagItemType = "Snippet";
    public const string TermType = "Tag";
    public const string FrontEndRole = "FrontEnd";
    public const string ReviewerRole = "Reviewer";
    public const string ReaderUser = "reader";
    public const string ContributorUser = "contributor";
    public const string AuthorUser = "author";
    public const string EditorUser = "editor";

    private static readonly HashSet<string> None = [];
    private static readonly HashSet<string> Every = [Memo, Page, HubType, TaxonomyType, BagItemType, TermType];
    private static readonly HashSet<string> SecurableOnly = [Memo, HubType];

    public static MatrixRole Anonymous { get; } = new("Anonymous", null,
        ViewAny: Every, ViewOwn: None, PreviewAny: None, PreviewOwn: None, EditAny: None, EditOwn: None, ViewMedia: true, AdminPanel: false, ApiKeyRole: null);

    public static MatrixRole Authenticated { get; } = new("Authenticated", ReaderUser,
        ViewAny: SecurableOnly, ViewOwn: None, PreviewAny: None, PreviewOwn: None, EditAny: None, EditOwn: None, ViewMedia: false, AdminPanel: false, ApiKeyRole: null);

    public static MatrixRole Contributor { get; } = new("Contributor", ContributorUser,
        ViewAny: SecurableOnly, ViewOwn: None, PreviewAny: None, PreviewOwn: Every, EditAny: None, EditOwn: Every, ViewMedia: false, AdminPanel: true, ApiKeyRole: null);

    public static MatrixRole Author { get; } = new("Author", AuthorUser,
        ViewAny: SecurableOnly, ViewOwn: Every, PreviewAny: None, PreviewOwn: Every, EditAny: None, EditOwn: Every, ViewMedia: false, AdminPanel: true, ApiKeyRole: null);

    public static MatrixRole Editor { get; } = new("Editor", EditorUser,
        ViewAny: Every, ViewOwn: None, PreviewAny: Every, PreviewOwn: None, EditAny: Every, EditOwn: None, ViewMedia: false, AdminPanel: true, ApiKeyRole: null);

    /// <summary>An API key owns nothing, so its PreviewOwnContent must show no draft at all.</summary>
    public static MatrixRole FrontEndKey { get; } = new("FrontEndKey", null,
        ViewAny: Every, ViewOwn: None, PreviewAny: None, PreviewOwn: Every, EditAny: None, EditOwn: None, ViewMedia: true, AdminPanel: false, ApiKeyRole: FrontEndRole);

    /// <summary>
    /// A key that may preview but not view: REST shows it drafts (?version=latest) but no published version, and
    /// GraphQL refuses its type queries, which need View or ViewOwn on the type whatever status they ask for.
    /// </summary>
    public static MatrixRole ReviewerKey { get; } = new("ReviewerKey", null,
        ViewAny: None, ViewOwn: None, PreviewAny: Every, PreviewOwn: None, EditAny: None, EditOwn: None, ViewMedia: false, AdminPanel: false, ApiKeyRole: ReviewerRole);

    public static IReadOnlyList<MatrixRole> All { get; } = [Anonymous, Authenticated, Contributor, Author, Editor, FrontEndKey, ReviewerKey];

    public static MatrixRole Named(string name) => All.Single(r => r.Name == name);

    public static string[] AssignedRoles(string userName) => userName switch
    {
        ContributorUser => [RoleStereotypes.Contributor],
        AuthorUser => [RoleStereotypes.Author],
        EditorUser => [RoleStereotypes.Editor],
        _ => [],
    };

    /// <summary>Adjusts the standard roles <see cref="Support.CmsWebFactory.SeedAsync"/> stores to the ones described above.</summary>
    public static void Seed(List<RoleRecord> roles)
    {
        const string Api = "AccessContentApi";
        const string GraphQL = "ExecuteGraphQL";
        Replace(roles, SystemRoles.Anonymous, "ViewContent", "ViewMediaContent", Api, GraphQL);
        Replace(roles, SystemRoles.Authenticated, "View_Memo", "View_Hub", Api, GraphQL);
        Replace(roles, RoleStereotypes.Contributor, [.. RoleStereotypes.DefaultPermissions(RoleStereotypes.Contributor), "AccessAdminPanel", Api]);
        Replace(roles, RoleStereotypes.Author, [.. RoleStereotypes.DefaultPermissions(RoleStereotypes.Author), "ViewOwnContent", "AccessAdminPanel", Api]);
        Replace(roles, RoleStereotypes.Editor, [.. RoleStereotypes.DefaultPermissions(RoleStereotypes.Editor), "AccessAdminPanel", Api]);
        roles.Add(new RoleRecord { Name = FrontEndRole, Permissions = ["ViewContent", "PreviewOwnContent", "ViewMediaContent", Api, GraphQL] });
        roles.Add(new RoleRecord { Name = ReviewerRole, Permissions = ["PreviewContent", Api, GraphQL] });
    }

    private static void Replace(List<RoleRecord> roles, string name, params string[] permissions)
    {
        roles.RemoveAll(r => SystemRoles.NameComparer.Equals(r.Name, name));
        roles.Add(new RoleRecord { Name = name, Permissions = [.. permissions] });
    }
}

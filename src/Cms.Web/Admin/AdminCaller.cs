using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Security;

namespace Cms.Web.Admin;

/// <summary>
/// The signed-in editor of one admin request with the authorization answers and definitions the pages
/// and the layout need. Loaded once per request by <see cref="AdminAccessFilter"/>.
/// </summary>
public sealed class AdminCaller
{
    private readonly SecurityStore _security;
    private readonly ContentStore _content;
    private CmsAuthorizationService? _authorization;

    public AdminCaller(SecurityStore security, ContentStore content)
    {
        _security = security;
        _content = content;
    }

    public CmsPrincipal Principal { get; private set; } = CmsPrincipal.Anonymous;

    public ContentDefinitionDocument Definitions { get; private set; } = new();

    public ContentActor Actor => new(Principal.UserId, Principal.UserName);

    public CmsAuthorizationService Authorization => _authorization ?? throw new InvalidOperationException("The admin caller is not loaded.");

    public IReadOnlyList<AdminNavLink> Navigation { get; private set; } = [];

    public async Task LoadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        Principal = CmsClaims.ToPrincipal(http.User);
        _authorization = await _security.GetAuthorizationAsync(cancellationToken);
        Definitions = (await _content.Definitions.GetAsync(cancellationToken)).Document;
        Navigation = AdminNavLink.For(this);
    }

    public bool Has(Permission permission) => Authorization.HasPermission(Principal, permission.Name);

    public bool Can(ContentAction action, ContentItem item) => Can(action, item.ContentType, item.Owner);

    public bool Can(ContentAction action, string contentType, string? owner) =>
        Authorization.CanOnItem(Principal, action, contentType, owner);

    /// <summary>The read rule GraphQL applies to every item it shows: published versions need View, others Preview.</summary>
    public bool CanRead(ContentItem item) => Authorization.CanRead(Principal, item);

    /// <summary>Whether the caller may act on any item of the type (their own at least).</summary>
    public bool CanAny(ContentAction action, string contentType) =>
        Authorization.Visibility(Principal, action, contentType) != ContentVisibility.None;
}

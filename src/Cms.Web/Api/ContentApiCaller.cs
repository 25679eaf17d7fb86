using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Web.Api;

/// <summary>The caller of an API request with the authorization answers the endpoints need: 401 when anonymous, 403 when signed in.</summary>
internal sealed class ContentApiCaller
{
    private readonly CmsAuthorizationService _authorization;

    public ContentApiCaller(HttpContext http, CmsAuthorizationService authorization)
    {
        Principal = CmsClaims.ToPrincipal(http.User);
        _authorization = authorization;
        Actor = new ContentActor(Principal.UserId, Principal.UserName);
    }

    public CmsPrincipal Principal { get; }

    public ContentActor Actor { get; }

    public ProblemHttpResult? Denied(string permission) =>
        _authorization.HasPermission(Principal, permission) ? null : Refusal($"The {permission} permission is required.");

    public ProblemHttpResult? DeniedOn(ContentAction action, ContentItem item) => DeniedOn(action, item.ContentType, item.Owner);

    public ProblemHttpResult? DeniedOn(ContentAction action, string contentType, string? owner) =>
        _authorization.CanOnItem(Principal, action, contentType, owner)
            ? null
            : Refusal($"You may not {action.ToString().ToLowerInvariant()} {contentType} items.");

    /// <summary>The read rule GraphQL applies to every item it shows: published versions need View, others Preview.</summary>
    public bool CanRead(ContentItem item) => _authorization.CanRead(Principal, item);

    private ProblemHttpResult Refusal(string detail) => Principal.IsAuthenticated
        ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail)
        : TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Authentication is required", detail: detail);
}

using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.Core.Security;
using GraphQL;

namespace Cms.GraphQL.Execution;

/// <summary>
/// The one read rule of every GraphQL path (lists, single items, pickers, bags, lists, terms): published
/// versions need View, anything else needs Preview, and an Own-only grant narrows rows to the caller's items.
/// </summary>
internal sealed class ContentAccess
{
    private readonly CmsAuthorizationService _authorization;

    public ContentAccess(CmsAuthorizationService authorization, CmsPrincipal user)
    {
        _authorization = authorization;
        User = user;
    }

    public CmsPrincipal User { get; }

    /// <summary>A global permission by name (implications included), for fields guarded by one permission.</summary>
    public bool Has(string permission) => _authorization.HasPermission(User, permission);

    public ContentVisibility Visibility(string contentType, bool preview) => _authorization.ViewFilter(User, contentType, preview);

    /// <summary>Whether one loaded version may be shown: unpublished versions need preview rights (or a preview grant for it).</summary>
    public bool CanSee(ContentItem item) => _authorization.CanRead(User, item);

    /// <summary>
    /// The row condition for a type query at a status (null: every row); false when no row is visible. Reading
    /// other than published versions without preview rights is an error naming the argument, so a client never
    /// mistakes it for "no drafts".
    /// </summary>
    public bool TryRowFilter(string contentType, ContentStatus status, string fieldName, out ContentFilter? filter)
    {
        var preview = status != ContentStatus.Published;
        filter = null;
        switch (Visibility(contentType, preview))
        {
            case ContentVisibility.All:
                return true;
            case ContentVisibility.OwnOnly:
                filter = ContentFilter.Where(ContentColumn.Metadata("Owner"), FilterOperator.Equals, User.UserId);
                return true;
            case ContentVisibility.PreviewGrantOnly:
                filter = ContentFilter.Where(ContentColumn.Metadata("ContentItemId"), FilterOperator.Equals, User.PreviewContentItemId);
                return true;
            default:
                return preview ? throw StatusDenied(fieldName, status, contentType) : false;
        }
    }

    /// <summary>
    /// The condition for queries over several types (list children): each type's own rule. A preview grant adds
    /// nothing here: it is for reading its one item, not the lists around it.
    /// </summary>
    public ContentFilter TypesFilter(IEnumerable<string> contentTypes, bool preview)
    {
        var all = new List<string>();
        var own = new List<string>();
        foreach (var type in contentTypes)
        {
            switch (Visibility(type, preview))
            {
                case ContentVisibility.All:
                    all.Add(type);
                    break;
                case ContentVisibility.OwnOnly:
                    own.Add(type);
                    break;
            }
        }

        var typeColumn = ContentColumn.Metadata("ContentType");
        var filters = new List<ContentFilter> { ContentFilter.Where(typeColumn, FilterOperator.In, all) };
        if (own.Count > 0)
        {
            filters.Add(ContentFilter.And(
                ContentFilter.Where(typeColumn, FilterOperator.In, own),
                ContentFilter.Where(ContentColumn.Metadata("Owner"), FilterOperator.Equals, User.UserId)));
        }

        return ContentFilter.Or([.. filters]);
    }

    /// <summary>For nested lists with a status argument: preview rights on at least one type, else the same error.</summary>
    public void RequirePreviewSomewhere(IEnumerable<string> contentTypes, ContentStatus status, string fieldName)
    {
        if (status != ContentStatus.Published && !contentTypes.Any(t => Visibility(t, preview: true) != ContentVisibility.None))
        {
            throw StatusDenied(fieldName, status, "any content type");
        }
    }

    private static ExecutionError StatusDenied(string fieldName, ContentStatus status, string contentType) =>
        new($"The argument 'status' of '{fieldName}' asks for {status.ToString().ToUpperInvariant()} versions, " +
            $"which needs the preview permission on {contentType}.")
        {
            Code = "UNAUTHORIZED",
        };
}

using Cms.Core.Querying;
using Cms.Core.Security;

namespace Cms.Web.Admin.Pages.Contents;

/// <summary>
/// What the caller may see in a list, as one SQL condition: types they may see entirely, plus types
/// where they may see only their own items (Owner = caller). Null means nothing is visible. Lists that
/// include drafts ask for Preview: ViewContent (which Authenticated holds) covers published items only.
/// </summary>
internal static class ContentVisibilityFilter
{
    public static ContentFilter? For(AdminCaller caller, IEnumerable<string> contentTypes, bool ownOnly, ContentAction action = ContentAction.Preview)
    {
        var all = new List<string>();
        var own = new List<string>();
        foreach (var type in contentTypes)
        {
            switch (caller.Authorization.Visibility(caller.Principal, action, type))
            {
                case ContentVisibility.All when !ownOnly:
                    all.Add(type);
                    break;
                case ContentVisibility.All or ContentVisibility.OwnOnly when caller.Principal.UserId is not null:
                    own.Add(type);
                    break;
            }
        }

        var typeColumn = ContentColumn.Metadata("ContentType");
        var parts = new List<ContentFilter>();
        if (all.Count > 0)
        {
            parts.Add(ContentFilter.Where(typeColumn, FilterOperator.In, all));
        }

        if (own.Count > 0)
        {
            parts.Add(ContentFilter.And(
                ContentFilter.Where(typeColumn, FilterOperator.In, own),
                ContentFilter.Where(ContentColumn.Metadata("Owner"), FilterOperator.Equals, caller.Principal.UserId)));
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => ContentFilter.Or([.. parts]),
        };
    }
}

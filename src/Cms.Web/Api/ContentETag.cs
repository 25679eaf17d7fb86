using System.Globalization;
using Cms.Core.ContentModel;
using Cms.Core.Storage;

namespace Cms.Web.Api;

/// <summary>An item's entity tag: its version id and stored revision. If-Match with another tag is a conflict.</summary>
internal static class ContentETag
{
    public static string For(ContentItem item) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{item.ContentItemVersionId}.{item.DocumentVersion}\"");

    /// <summary>Throws a conflict when the request's If-Match names another state of the item.</summary>
    public static void EnsureMatches(HttpRequest request, ContentItem latest)
    {
        var ifMatch = request.Headers.IfMatch.ToString();
        if (ifMatch.Length > 0 && ifMatch != "*" && !ifMatch.Split(',').Select(t => t.Trim()).Contains(For(latest)))
        {
            throw new StoreConcurrencyException(
                $"The item '{latest.ContentItemId}' was changed since {ifMatch} was read (it is now {For(latest)}).");
        }
    }
}

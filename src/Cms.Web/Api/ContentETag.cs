using System.Globalization;
using Cms.Core.ContentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Api;

/// <summary>
/// An item version's entity tag: its version id and stored revision, so it names one state of one version. Writes
/// change the latest version, so If-Match is compared with the latest version's tag, the one
/// <c>GET /api/content/{id}?version=latest</c> answers with.
/// </summary>
internal static class ContentETag
{
    public static string For(ContentItem item) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{item.ContentItemVersionId}.{item.DocumentVersion}\"");

    /// <summary>
    /// Null when the request may change the item whose latest version is <paramref name="latest"/> (null: no item yet);
    /// else 412 (If-Match names another state, or there is nothing to match), 428 (If-Match required and missing) or 400
    /// (If-Match unreadable).
    /// </summary>
    public static ProblemHttpResult? CheckPrecondition(HttpRequest request, ContentItem? latest, bool requireIfMatch)
    {
        var ifMatch = request.GetTypedHeaders().IfMatch;
        if (ifMatch.Count == 0 && !StringValues.IsNullOrEmpty(request.Headers.IfMatch))
        {
            // An unreadable precondition must not be taken for none at all, or the write would go through unchecked.
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The If-Match header is not valid.",
                detail: $"If-Match holds quoted entity tags (the ETag an answer carried) or *, not {request.Headers.IfMatch}.");
        }

        if (ifMatch.Count == 0)
        {
            return requireIfMatch && latest is not null
                ? TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required.",
                    detail: $"Send the ETag of the item's latest version (GET /api/content/{latest.ContentItemId}?version=latest) in If-Match.")
                : null;
        }

        if (latest is null)
        {
            return Failed("If-Match was sent, but there is no item to match.", currentETag: null);
        }

        var current = For(latest);
        // Strong comparison (RFC 9110): a weak tag never matches, since it cannot promise the same bytes.
        if (ifMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || (!tag.IsWeak && tag.Tag.Equals(current, StringComparison.Ordinal))))
        {
            return null;
        }

        var state = latest.Published ? "published" : "a draft";
        return Failed(
            $"If-Match {string.Join(", ", ifMatch)} does not name the latest version of '{latest.ContentItemId}', which is now {current} ({state}). " +
            $"Read it again with GET /api/content/{latest.ContentItemId}?version=latest, apply your change to it and send its ETag.",
            current);
    }

    private static ProblemHttpResult Failed(string detail, string? currentETag) => TypedResults.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "The item is not in the state If-Match names.",
        detail: detail,
        extensions: currentETag is null ? null : new Dictionary<string, object?> { ["currentETag"] = currentETag });
}

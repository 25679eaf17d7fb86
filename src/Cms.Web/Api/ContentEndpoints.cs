using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Api;

/// <summary>
/// Orchard's content REST API: GET the published item, POST to create or update (published unless
/// <c>?draft=true</c>), DELETE to remove. Every call needs AccessContentApi plus the item permission.
/// Items carry an ETag; a POST or DELETE with If-Match on a changed item gets 409.
/// </summary>
public static class ContentEndpoints
{
    /// <summary>Maps the routes under the /api group of <see cref="ApiEndpoints"/>.</summary>
    internal static IEndpointRouteBuilder MapContentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/content");
        api.MapGet("/{contentItemId}", GetAsync);
        api.MapPost("/", PostAsync);
        api.MapDelete("/{contentItemId}", DeleteAsync);
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>, ProblemHttpResult>> GetAsync(
        string contentItemId, HttpContext http, ContentStore content, SecurityStore security, CancellationToken cancellationToken)
    {
        var caller = new ContentApiCaller(http, await security.GetAuthorizationAsync(cancellationToken));
        if (caller.Denied(PermissionCatalog.AccessContentApi.Name) is { } denied)
        {
            return denied;
        }

        await using var session = await content.Documents.OpenReadSessionAsync(cancellationToken);
        var item = await session.GetContentItemAsync(contentItemId, VersionOptions.Published, cancellationToken);
        if (item is null)
        {
            return NotFound(contentItemId);
        }

        return caller.DeniedOn(ContentAction.View, item) ?? (Results<ContentHttpResult, NotFound<ProblemDetails>, ProblemHttpResult>)ItemResult(http, item);
    }

    private static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>, ProblemHttpResult>> PostAsync(
        HttpContext http, ContentStore content, SecurityStore security, bool? draft, CancellationToken cancellationToken)
    {
        var caller = new ContentApiCaller(http, await security.GetAuthorizationAsync(cancellationToken));
        if (caller.Denied(PermissionCatalog.AccessContentApi.Name) is { } denied)
        {
            return denied;
        }

        if (await ReadBodyAsync(http, cancellationToken) is not { } body)
        {
            return TypedResults.Problem(ProblemResults.Validation([new ContentValidationError("/", "The body must be a content item JSON object.")]));
        }

        var posted = ContentItemJson.FromJsonObject(body);
        await using var session = await content.OpenSessionAsync(caller.Actor, cancellationToken);
        var existing = posted.ContentItemId.Length > 0
            ? await session.GetAsync(posted.ContentItemId, VersionOptions.Latest, cancellationToken)
            : null;
        ContentItem item;
        if (existing is not null)
        {
            if (caller.DeniedOn(ContentAction.Edit, existing) is { } editDenied)
            {
                return editDenied;
            }

            ContentETag.EnsureMatches(http.Request, existing);
            item = (await session.GetAsync(existing.ContentItemId, VersionOptions.DraftRequired, cancellationToken))!;
            ApplyPosted(item, body);
            await session.UpdateAsync(item, cancellationToken);
        }
        else
        {
            if (posted.ContentType.Length == 0 || session.Definitions.FindType(posted.ContentType) is null)
            {
                return TypedResults.Problem(ProblemResults.Validation([new ContentValidationError("/ContentType",
                    posted.ContentType.Length == 0 ? "The ContentType is required." : $"The content type '{posted.ContentType}' is not defined.")]));
            }

            var action = draft == true ? ContentAction.Edit : ContentAction.Publish;
            if (caller.DeniedOn(action, posted.ContentType, caller.Actor.UserId) is { } createDenied)
            {
                return createDenied;
            }

            item = session.New(posted.ContentType);
            if (posted.ContentItemId.Length > 0)
            {
                item.ContentItemId = posted.ContentItemId;
            }

            ApplyPosted(item, body);
            await session.CreateAsync(item, VersionOptions.Draft, cancellationToken);
        }

        if (draft != true)
        {
            if (caller.DeniedOn(ContentAction.Publish, item) is { } publishDenied)
            {
                return publishDenied;
            }

            await session.PublishAsync(item, cancellationToken);
        }

        await session.SaveChangesAsync(cancellationToken);
        return ItemResult(http, item);
    }

    private static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>, ProblemHttpResult>> DeleteAsync(
        string contentItemId, HttpContext http, ContentStore content, SecurityStore security, CancellationToken cancellationToken)
    {
        var caller = new ContentApiCaller(http, await security.GetAuthorizationAsync(cancellationToken));
        if (caller.Denied(PermissionCatalog.AccessContentApi.Name) is { } denied)
        {
            return denied;
        }

        await using var session = await content.OpenSessionAsync(caller.Actor, cancellationToken);
        var item = await session.GetAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return NotFound(contentItemId);
        }

        if (caller.DeniedOn(ContentAction.Delete, item) is { } deleteDenied)
        {
            return deleteDenied;
        }

        ContentETag.EnsureMatches(http.Request, item);
        await session.RemoveAsync(item, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        item.Latest = false;
        item.Published = false;
        return TypedResults.Content(ContentItemJson.Serialize(item), "application/json");
    }

    /// <summary>Orchard merges the posted JSON into the item: parts merge, arrays are replaced; DisplayText may be set.</summary>
    private static void ApplyPosted(ContentItem item, JsonObject body)
    {
        var posted = ContentItemJson.FromJsonObject(body);
        JsonMerge.Into(item.Content, posted.Content);
        if (posted.DisplayText is not null)
        {
            item.DisplayText = posted.DisplayText;
        }
    }

    private static async Task<JsonObject?> ReadBodyAsync(HttpContext http, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Request.Body, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true },
                cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ContentHttpResult ItemResult(HttpContext http, ContentItem item)
    {
        http.Response.Headers.ETag = ContentETag.For(item);
        return TypedResults.Content(ContentItemJson.Serialize(item), "application/json");
    }

    private static NotFound<ProblemDetails> NotFound(string contentItemId) =>
        TypedResults.NotFound(new ProblemDetails { Status = 404, Title = $"No content item '{contentItemId}'." });
}

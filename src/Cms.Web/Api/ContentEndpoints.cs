using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Security;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cms.Web.Api;

/// <summary>
/// Orchard's content REST API: GET the published item (<c>?version=latest</c>: the latest version, a draft when there
/// is one, for callers who may preview it), POST to create or update (published unless <c>?draft=true</c>), DELETE to
/// remove. Every call needs AccessContentApi plus the item permission. Every answer carries the ETag of the version it
/// holds; a POST or DELETE with If-Match that does not name the latest version (the one a write changes) gets 412,
/// and with <see cref="ContentApiOptions.RequireIfMatch"/> one without If-Match gets 428.
/// </summary>
public static class ContentEndpoints
{
    public static IServiceCollection AddCmsContentApi(this IServiceCollection services)
    {
        services.AddOptions<ContentApiOptions>().BindConfiguration(ContentApiOptions.SectionName).ValidateOnStart();
        return services;
    }

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
        string contentItemId, string? version, HttpContext http, ContentStore content, SecurityStore security, CancellationToken cancellationToken)
    {
        var caller = new ContentApiCaller(http, await security.GetAuthorizationAsync(cancellationToken));
        if (caller.Denied(PermissionCatalog.AccessContentApi.Name) is { } denied)
        {
            return denied;
        }

        VersionOptions? options = version switch
        {
            null or "published" => VersionOptions.Published,
            "latest" => VersionOptions.Latest,
            _ => null,
        };
        if (options is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The query parameter 'version' is not valid.",
                detail: $"'version' is 'published' (the default) or 'latest', not '{version}'.");
        }

        await using var session = await content.Documents.OpenReadSessionAsync(cancellationToken);
        var item = await session.GetContentItemAsync(contentItemId, options.Value, cancellationToken);
        if (item is null)
        {
            return NotFound(contentItemId);
        }

        // The read rule GraphQL and preview apply: a published version needs View, a draft needs Preview.
        return caller.DeniedOn(item.Published ? ContentAction.View : ContentAction.Preview, item)
            ?? (Results<ContentHttpResult, NotFound<ProblemDetails>, ProblemHttpResult>)ItemResult(http, item);
    }

    private static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>, ProblemHttpResult>> PostAsync(
        HttpContext http, ContentStore content, SecurityStore security, IOptions<ContentApiOptions> options, bool? draft,
        CancellationToken cancellationToken)
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
        var (item, refused) = existing is not null
            ? await UpdateExistingAsync(http.Request, session, caller, existing, body, options.Value.RequireIfMatch, cancellationToken)
            : await CreateNewAsync(http.Request, session, caller, posted, body, draft == true, options.Value.RequireIfMatch, cancellationToken);
        if (refused is not null)
        {
            return refused;
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

    /// <summary>A new draft version of the item (or its draft, changed) with the posted JSON merged in; checked first.</summary>
    private static async Task<(ContentItem Item, ProblemHttpResult? Refused)> UpdateExistingAsync(HttpRequest request, ContentSession session,
        ContentApiCaller caller, ContentItem latest, JsonObject body, bool requireIfMatch, CancellationToken cancellationToken)
    {
        if ((caller.DeniedOn(ContentAction.Edit, latest) ?? ContentETag.CheckPrecondition(request, latest, requireIfMatch)) is { } refused)
        {
            return (latest, refused);
        }

        var item = (await session.GetAsync(latest.ContentItemId, VersionOptions.DraftRequired, cancellationToken))!;
        ApplyPosted(item, body);
        await session.UpdateAsync(item, cancellationToken);
        return (item, null);
    }

    /// <summary>A new item stored as a draft (the session refuses an id any item ever had); checked first.</summary>
    private static async Task<(ContentItem Item, ProblemHttpResult? Refused)> CreateNewAsync(HttpRequest request, ContentSession session,
        ContentApiCaller caller, ContentItem posted, JsonObject body, bool draft, bool requireIfMatch, CancellationToken cancellationToken)
    {
        if (ContentETag.CheckPrecondition(request, latest: null, requireIfMatch) is { } failed)
        {
            return (posted, failed);
        }

        if (posted.ContentType.Length == 0 || session.Definitions.FindType(posted.ContentType) is null)
        {
            return (posted, TypedResults.Problem(ProblemResults.Validation([new ContentValidationError("/ContentType",
                posted.ContentType.Length == 0 ? "The ContentType is required." : $"The content type '{posted.ContentType}' is not defined.")])));
        }

        if (caller.DeniedOn(draft ? ContentAction.Edit : ContentAction.Publish, posted.ContentType, caller.Actor.UserId) is { } denied)
        {
            return (posted, denied);
        }

        var item = session.New(posted.ContentType);
        if (posted.ContentItemId.Length > 0)
        {
            item.ContentItemId = posted.ContentItemId;
        }

        ApplyPosted(item, body);
        await session.CreateAsync(item, VersionOptions.Draft, cancellationToken);
        return (item, null);
    }

    private static async Task<Results<ContentHttpResult, NotFound<ProblemDetails>, ProblemHttpResult>> DeleteAsync(
        string contentItemId, HttpContext http, ContentStore content, SecurityStore security, IOptions<ContentApiOptions> options,
        CancellationToken cancellationToken)
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

        if (ContentETag.CheckPrecondition(http.Request, item, options.Value.RequireIfMatch) is { } failed)
        {
            return failed;
        }

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

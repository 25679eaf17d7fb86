using System.Net;
using Cms.Core.ContentModel;
using Cms.Core.Definitions;
using Cms.Core.Querying;
using Cms.Core.Security;
using Cms.Core.Settings;
using Cms.Core.Storage;
using Cms.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Web.Preview;

/// <summary>
/// Editors' preview with the Liquid preview theme: <c>/preview/{contentItemId}</c> renders the latest
/// version (drafts included) and <c>/preview/list/{type}</c> a list page; both need preview rights.
/// A broken template answers a page that says which template and why, never a blank page.
/// </summary>
public static class PreviewEndpoints
{
    public static IEndpointRouteBuilder MapPreviewEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/preview/list/{contentType}", ListAsync);
        app.MapGet("/preview/{contentItemId}", ItemAsync);
        return app;
    }

    private static async Task<Results<ContentHttpResult, NotFound<string>, ProblemHttpResult, RedirectHttpResult>> ItemAsync(
        string contentItemId, HttpContext http, DocumentStore store, ContentDefinitionStore definitions, SecurityStore security,
        PreviewTheme theme, CancellationToken cancellationToken)
    {
        var caller = new ContentApiCaller(http, await security.GetAuthorizationAsync(cancellationToken));
        await using var session = await store.OpenReadSessionAsync(cancellationToken);
        var item = await session.GetContentItemAsync(contentItemId, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return TypedResults.NotFound($"No content item '{contentItemId}'.");
        }

        if (caller.DeniedOn(ContentAction.Preview, item) is { } denied)
        {
            return caller.Principal.IsAuthenticated ? denied : SignIn(http);
        }

        var model = await PreviewModelBuilder.BuildAsync(
            item, (await definitions.GetAsync(cancellationToken)).Document, session, caller.CanRead, cancellationToken);
        var siteName = await SiteNameAsync(session, cancellationToken);
        return await RenderAsync(() => theme.RenderItemAsync(item.ContentType, model, siteName));
    }

    private static async Task<Results<ContentHttpResult, NotFound<string>, ProblemHttpResult, RedirectHttpResult>> ListAsync(
        string contentType, HttpContext http, DocumentStore store, ContentDefinitionStore definitions, SecurityStore security,
        PreviewTheme theme, CancellationToken cancellationToken)
    {
        var authorization = await security.GetAuthorizationAsync(cancellationToken);
        var caller = new ContentApiCaller(http, authorization);
        var document = (await definitions.GetAsync(cancellationToken)).Document;
        if (document.FindType(contentType) is not { } type)
        {
            return TypedResults.NotFound($"No content type '{contentType}'.");
        }

        var visibility = authorization.ViewFilter(caller.Principal, contentType, preview: true);
        // The preview theme is for signed-in editors; a preview grant (never sent here, as tokens are for /api) lists nothing.
        if (visibility is ContentVisibility.None or ContentVisibility.PreviewGrantOnly)
        {
            return caller.Principal.IsAuthenticated
                ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: $"You may not preview {contentType} items.")
                : SignIn(http);
        }

        await using var session = await store.OpenReadSessionAsync(cancellationToken);
        var items = await session.QueryAsync(new ContentQuery
        {
            ContentTypes = [contentType],
            Status = ContentStatus.Latest,
            Where = visibility == ContentVisibility.OwnOnly
                ? ContentFilter.Where(ContentColumn.Metadata("Owner"), FilterOperator.Equals, caller.Principal.UserId)
                : null,
            OrderBy = [new ContentOrder(ContentColumn.Metadata("ModifiedUtc"), Descending: true)],
            Take = 50,
        }, cancellationToken);
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["type_display_name"] = type.DisplayName,
            ["items"] = items.Select(i => PreviewModelBuilder.ListEntry(i, document)).ToList(),
        };
        var siteName = await SiteNameAsync(session, cancellationToken);
        return await RenderAsync(() => theme.RenderListAsync(model, siteName));
    }

    private static async Task<Results<ContentHttpResult, NotFound<string>, ProblemHttpResult, RedirectHttpResult>> RenderAsync(Func<Task<string>> render)
    {
        try
        {
            return TypedResults.Content(await render(), "text/html; charset=utf-8");
        }
        catch (PreviewTemplateException exception)
        {
            var page = $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Preview template error</title></head>" +
                       $"<body><h1>The preview could not be rendered</h1><pre class=\"template-error\">{WebUtility.HtmlEncode(exception.Message)}</pre></body></html>";
            return TypedResults.Content(page, "text/html; charset=utf-8", statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static RedirectHttpResult SignIn(HttpContext http) =>
        TypedResults.Redirect("/admin/login?ReturnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));

    private static async Task<string> SiteNameAsync(SqlSession session, CancellationToken cancellationToken) =>
        (await SiteSettings.LoadAsync(session, cancellationToken))?.SiteName is { Length: > 0 } name ? name : "Cms";
}

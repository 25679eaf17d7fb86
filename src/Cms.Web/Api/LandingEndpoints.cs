using System.Text.Encodings.Web;

namespace Cms.Web.Api;

/// <summary>
/// <c>GET /</c>: a headless site has no home page of its own, so the root tells whoever opens it where things are
/// instead of answering 404.
/// </summary>
public static class LandingEndpoints
{
    /// <summary>Where the page points, in its order: the admin, GraphiQL, the SDL, the health check.</summary>
    public static readonly IReadOnlyList<(string Path, string Label, string Note)> Links =
    [
        ("/admin", "Admin", "sign in to edit content, media, types, users and roles"),
        ("/admin/graphql", "GraphiQL", "try queries against /api/graphql (signed in)"),
        ("/api/graphql/schema.graphql", "GraphQL schema (SDL)", "for code generators; needs the ExecuteGraphQL permission"),
        ("/health", "Health check", "200 when the store answers"),
    ];

    public static IEndpointRouteBuilder MapLandingPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpRequest request) => TypedResults.Content(Page(request.PathBase), "text/html; charset=utf-8"));
        return endpoints;
    }

    private static string Page(PathString pathBase)
    {
        var items = string.Concat(Links.Select(link =>
            $"""<li><a href="{HtmlEncoder.Default.Encode(pathBase.Add(link.Path).ToString())}">{link.Label}</a> &mdash; {link.Note}</li>"""));
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Cms</title></head>
            <body>
            <h1>Cms is running</h1>
            <p>A headless CMS: front ends read published content from <code>POST/GET /api/graphql</code>.</p>
            <ul>{items}</ul>
            </body>
            </html>
            """;
    }
}

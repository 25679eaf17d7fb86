using System.Net;
using System.Security.Cryptography;
using Cms.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cms.GraphQL.GraphiQL;

/// <summary>
/// GraphiQL for editors: the page at /admin/graphql (ExecuteGraphQL, checked like the endpoint does) and its
/// bundle, embedded in this assembly at build time and served under _content/Cms.GraphQL, outside /admin.
/// </summary>
public static class GraphiQLEndpoints
{
    public const string PagePath = "/admin/graphql";
    public const string AssetsPath = "/_content/Cms.GraphQL";
    public const string LoginPath = "/admin/login";

    private static readonly Lazy<BundleFile?> Script = new(() => BundleFile.Load("graphiql.js", "text/javascript; charset=utf-8"));
    private static readonly Lazy<BundleFile?> Styles = new(() => BundleFile.Load("graphiql.css", "text/css; charset=utf-8"));

    public static IEndpointRouteBuilder MapCmsGraphiQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PagePath, PageAsync);
        endpoints.MapGet(AssetsPath + "/graphiql.js", (HttpContext http) => Asset(http, Script.Value));
        endpoints.MapGet(AssetsPath + "/graphiql.css", (HttpContext http) => Asset(http, Styles.Value));
        return endpoints;
    }

    private static async Task<IResult> PageAsync(HttpContext http, SecurityStore security)
    {
        var user = CmsClaims.ToPrincipal(http.User);
        if (!user.IsAuthenticated)
        {
            var returnUrl = http.Request.PathBase + http.Request.Path + http.Request.QueryString;
            return TypedResults.Redirect($"{http.Request.PathBase}{LoginPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        }

        var authorization = await security.GetAuthorizationAsync(http.RequestAborted);
        if (!authorization.HasPermission(user, PermissionCatalog.ExecuteGraphQL.Name))
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        http.Response.Headers.CacheControl = "private, no-cache";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        return TypedResults.Content(Page(http.Request.PathBase), "text/html; charset=utf-8");
    }

    private static string Page(PathString pathBase)
    {
        var assets = WebUtility.HtmlEncode(pathBase + AssetsPath);
        var endpoint = WebUtility.HtmlEncode(pathBase + "/api/graphql");
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>GraphiQL</title>
              <link rel="stylesheet" href="{{assets}}/graphiql.css">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql" data-endpoint="{{endpoint}}">Loading GraphiQL…</div>
              <script src="{{assets}}/graphiql.js"></script>
            </body>
            </html>
            """;
    }

    private static IResult Asset(HttpContext http, BundleFile? file)
    {
        if (file is null)
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.ETag = file.ETag;
        http.Response.Headers.CacheControl = "public, max-age=3600, must-revalidate";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == file.ETag)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(file.Content, file.ContentType);
    }

    /// <summary>One embedded bundle file; null when the build made none (the page then loads without it).</summary>
    private sealed record BundleFile(byte[] Content, string ContentType, string ETag)
    {
        public static BundleFile? Load(string name, string contentType)
        {
            using var stream = typeof(GraphiQLEndpoints).Assembly.GetManifestResourceStream("Cms.GraphQL.GraphiQL." + name);
            if (stream is null)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            return new BundleFile(content, contentType, "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "\"");
        }
    }
}

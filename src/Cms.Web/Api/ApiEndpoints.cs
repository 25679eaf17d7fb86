namespace Cms.Web.Api;

/// <summary>
/// The REST API under /api (content and recipes) as one group, so the rules for writes hold for every endpoint
/// in it: the sign-in cookie needs an antiforgery token, and bodies are JSON. GraphQL (/api/graphql) is mapped on
/// its own: it only reads, and checks its own content types.
/// </summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapCmsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<JsonBodyFilter>();
        api.MapContentEndpoints();
        api.MapRecipeEndpoints();
        return app;
    }

    /// <summary>POST, PUT, PATCH and DELETE: the methods that change stored data.</summary>
    internal static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}

using Cms.GraphQL.GraphiQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.GraphQL.Http;

/// <summary>The GraphQL routes: the endpoint (and any sub-path, as Orchard matches), the SDL download, and GraphiQL.</summary>
public static class GraphQLEndpoints
{
    public static RouteGroupBuilder MapCmsGraphQL(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/graphql");
        group.MapGet("/schema.graphql", (HttpContext http) => Handler(http).HandleSchemaAsync(http));
        group.MapMethods("/", [HttpMethods.Get, HttpMethods.Post], (HttpContext http) => Handler(http).HandleAsync(http));
        group.MapMethods("/{**rest}", [HttpMethods.Get, HttpMethods.Post], (HttpContext http) => Handler(http).HandleAsync(http));
        endpoints.MapCmsGraphiQL();
        return group;
    }

    private static GraphQLHttpHandler Handler(HttpContext http) => http.RequestServices.GetRequiredService<GraphQLHttpHandler>();
}

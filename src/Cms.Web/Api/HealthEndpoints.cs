using Cms.Core.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Web.Api;

/// <summary>GET /health: 200 when the store answers, 503 otherwise.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync);
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        DocumentStore store, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = await store.OpenReadSessionAsync(cancellationToken);
            await session.CheckReachableAsync(cancellationToken);
            return TypedResults.Ok(new HealthReport("healthy", store.Dialect.Name));
        }
        catch (StoreUnavailableException exception)
        {
            return TypedResults.Json(new HealthReport("unhealthy: " + exception.Message, store.Dialect.Name),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    public sealed record HealthReport(string Status, string Store);
}

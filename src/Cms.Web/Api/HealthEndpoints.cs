using Cms.Core.Storage;
using Cms.Web.Cluster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cms.Web.Api;

/// <summary>
/// Health for load balancers: <c>/health/live</c> (the process answers), <c>/health/ready</c> (each dependency on its
/// own line; 503 when the store is unreachable, since nothing can be served without it) and <c>/health</c>, the
/// store-only answer existing callers rely on.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync);
        app.MapGet("/health/live", () => TypedResults.Ok(new LiveReport("healthy")));
        app.MapGet("/health/ready", GetReadyAsync);
        return app;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        DocumentStore store, CancellationToken cancellationToken)
    {
        var problem = await CheckStoreAsync(store, cancellationToken);
        return problem is null
            ? TypedResults.Ok(new HealthReport("healthy", store.Dialect.Name))
            : TypedResults.Json(new HealthReport("unhealthy: " + problem, store.Dialect.Name), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>
    /// Redis down is reported but keeps the node in service (it polls the store instead). The media store's check goes
    /// beside these two once media has a store of its own.
    /// </summary>
    private static async Task<Results<Ok<ReadyReport>, JsonHttpResult<ReadyReport>>> GetReadyAsync(
        DocumentStore store, IOptions<RedisOptions> redisOptions, IServiceProvider services, CancellationToken cancellationToken)
    {
        var storeProblem = await CheckStoreAsync(store, cancellationToken);
        var storeCheck = new DependencyReport(storeProblem is null ? "healthy" : "unhealthy: " + storeProblem, store.Dialect.Name);
        var redisCheck = !redisOptions.Value.IsConfigured
            ? new DependencyReport("not configured", "polling the store")
            : services.GetRequiredService<RedisConnection>().IsConnected
                ? new DependencyReport("healthy", "change notices and locks")
                : new DependencyReport("unhealthy: unreachable", "polling the store until it returns");
        var report = new ReadyReport(storeProblem is null ? "ready" : "not ready", storeCheck, redisCheck);
        return storeProblem is null
            ? TypedResults.Ok(report)
            : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<string?> CheckStoreAsync(DocumentStore store, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = await store.OpenReadSessionAsync(cancellationToken);
            await session.CheckReachableAsync(cancellationToken);
            return null;
        }
        catch (StoreUnavailableException exception)
        {
            return exception.Message;
        }
    }

    public sealed record HealthReport(string Status, string Store);

    public sealed record LiveReport(string Status);

    /// <param name="Status"><c>ready</c>, or <c>not ready</c> when the store is unreachable.</param>
    public sealed record ReadyReport(string Status, DependencyReport Store, DependencyReport Redis);

    /// <param name="Role">What it is or does here: the store's engine, or what Redis carries (and what stands in for it).</param>
    public sealed record DependencyReport(string Status, string Role);
}

using Cms.Core.Media;
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

    // The S3 client retries on its own; a readiness probe must answer well within a balancer's timeout.
    private static readonly TimeSpan MediaCheckTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Redis down is reported but keeps the node in service (it polls the store instead); so does the media store, since
    /// content is still served without it (only files and uploads fail).
    /// </summary>
    private static async Task<Results<Ok<ReadyReport>, JsonHttpResult<ReadyReport>>> GetReadyAsync(
        DocumentStore store, MediaStore media, IOptions<RedisOptions> redisOptions, IServiceProvider services, CancellationToken cancellationToken)
    {
        var storeProblem = await CheckStoreAsync(store, cancellationToken);
        var storeCheck = new DependencyReport(storeProblem is null ? "healthy" : "unhealthy: " + storeProblem, store.Dialect.Name);
        var redisCheck = !redisOptions.Value.IsConfigured
            ? new DependencyReport("not configured", "polling the store")
            : services.GetRequiredService<RedisConnection>().IsConnected
                ? new DependencyReport("healthy", "change notices and locks")
                : new DependencyReport("unhealthy: unreachable", "polling the store until it returns");
        var mediaCheck = await CheckMediaAsync(media, cancellationToken);
        var report = new ReadyReport(storeProblem is null ? "ready" : "not ready", storeCheck, redisCheck, mediaCheck);
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

    private static async Task<DependencyReport> CheckMediaAsync(MediaStore media, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(MediaCheckTimeout);
        var role = media.Options.Store.ToString();
        try
        {
            return await media.CheckAsync(timeout.Token) is { } problem
                ? new DependencyReport("unhealthy: " + problem, role)
                : new DependencyReport("healthy", role);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DependencyReport($"unhealthy: no answer within {MediaCheckTimeout.TotalSeconds:0} s", role);
        }
    }

    public sealed record HealthReport(string Status, string Store);

    public sealed record LiveReport(string Status);

    /// <param name="Status"><c>ready</c>, or <c>not ready</c> when the store is unreachable.</param>
    public sealed record ReadyReport(string Status, DependencyReport Store, DependencyReport Redis, DependencyReport Media);

    /// <param name="Role">What it is or does here: the store's engine, or what Redis carries (and what stands in for it).</param>
    public sealed record DependencyReport(string Status, string Role);
}

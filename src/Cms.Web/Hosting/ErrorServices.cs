namespace Cms.Web.Hosting;

/// <summary>ProblemDetails for every error: ours mapped to 400/404/409/503, the unexpected to 500 with a trace id.</summary>
public static class ErrorServices
{
    public static IServiceCollection AddCmsErrors(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<CmsExceptionHandler>();
        return services;
    }
}

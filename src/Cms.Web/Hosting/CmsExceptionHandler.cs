using Cms.Core.Content;
using Cms.Core.ContentModel;
using Cms.Core.Querying;
using Cms.Core.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Hosting;

/// <summary>Turns our exceptions into ProblemDetails responses that name the culprit.</summary>
internal sealed class CmsExceptionHandler : IExceptionHandler
{
    private readonly IProblemDetailsService _problems;
    private readonly ILogger<CmsExceptionHandler> _logger;

    public CmsExceptionHandler(IProblemDetailsService problems, ILogger<CmsExceptionHandler> logger)
    {
        _problems = problems;
        _logger = logger;
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            ContentValidationException validation => ProblemResults.Validation(validation.Errors),
            StoreConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The item was changed by someone else.",
                Detail = "Reload it and apply your changes again.",
            },
            ContentItemIdTakenException taken => new ValidationProblemDetails(
                new Dictionary<string, string[]> { [ContentItemIdTakenException.Path] = [taken.Message] })
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The content item id is taken.",
            },
            ContentNotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = notFound.Message },
            ContentQueryException query => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = query.Message },
            StoreUnavailableException unavailable => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The store is busy or unavailable.",
                Detail = unavailable.Message,
            },
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
        };
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            _logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await _problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}

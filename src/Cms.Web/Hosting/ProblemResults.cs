using Cms.Core.ContentModel;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Hosting;

/// <summary>The ProblemDetails shapes our endpoints answer with.</summary>
internal static class ProblemResults
{
    /// <summary>A 400 whose errors are keyed by the JSON pointer of each culprit (e.g. "/Article/Rank/Value").</summary>
    public static ValidationProblemDetails Validation(IEnumerable<ContentValidationError> errors) =>
        new(errors.GroupBy(e => e.Path.Length == 0 ? "/" : e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The content item is not valid.",
        };
}

using Microsoft.Net.Http.Headers;

namespace Cms.Web.Api;

/// <summary>
/// POST, PUT and PATCH bodies of the REST API are JSON. Refusing other content types also closes the browser's
/// "simple request" path: another site can post text/plain or a form without asking, but not application/json.
/// </summary>
internal sealed class JsonBodyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!ApiEndpoints.IsWrite(request.Method) || HttpMethods.IsDelete(request.Method) || IsJson(request.ContentType))
        {
            return await next(context);
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body must be JSON",
            detail: $"Send the body with Content-Type: application/json (the Content-Type header was '{request.ContentType}').");
    }

    /// <summary>application/json or any type with the +json suffix, with or without parameters (charset).</summary>
    internal static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) &&
        (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}

using Cms.Core.Media;
using Cms.Web.Admin;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Media;

/// <summary>
/// /media: the library's files as stored, read through the media store (disk or bucket alike), with an ETag and
/// Last-Modified, 304 for a copy the client already has, and 206 for one byte range (video seeking, resumed downloads).
/// Only files whose extension the library allows are served; anything else, or no file, goes on to a 404.
/// </summary>
public static class MediaFileServing
{
    /// <summary>Call after <see cref="ResizedMediaServices.UseResizedMedia"/>, which answers the resize requests first.</summary>
    public static WebApplication UseMediaFiles(this WebApplication app)
    {
        var media = app.Services.GetRequiredService<MediaStore>();
        var contentTypes = new MediaContentTypeProvider(media);
        app.Use(async (context, next) =>
        {
            if (await TryServeAsync(context, media, contentTypes))
            {
                return;
            }

            await next(context);
        });
        return app;
    }

    private static async Task<bool> TryServeAsync(HttpContext context, MediaStore media, MediaContentTypeProvider contentTypes)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments("/media", out var rest)
            || MediaPath.Normalize(rest.Value) is not { } path
            || !contentTypes.TryGetContentType(path, out var contentType)
            || await media.FindFileAsync(path, context.RequestAborted) is not { } file)
        {
            return false;
        }

        var response = context.Response;
        var etag = EntityTagHeaderValue.Parse(file.ETag);
        var lastModified = TruncateToSeconds(file.LastModifiedUtc);
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        response.Headers.AcceptRanges = "bytes";
        // Uploaded SVG or HTML must never run script in our origin.
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";
        response.Headers.XContentTypeOptions = "nosniff";
        if (IsNotModified(request.GetTypedHeaders(), etag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }

        response.ContentType = contentType;
        var range = MediaByteRange.Select(request.GetTypedHeaders(), etag, lastModified, file.Length);
        if (range.Unsatisfiable)
        {
            response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            response.Headers.ContentRange = $"bytes */{file.Length}";
            return true;
        }

        await SendAsync(context, media, path, file.Length, range);
        return true;
    }

    private static async Task SendAsync(HttpContext context, MediaStore media, string path, long fileLength, MediaByteRange range)
    {
        var response = context.Response;
        var (offset, length) = range.IsPartial ? (range.From, range.Length) : (0L, fileLength);
        if (range.IsPartial)
        {
            response.StatusCode = StatusCodes.Status206PartialContent;
            response.GetTypedHeaders().ContentRange = new ContentRangeHeaderValue(range.From, range.From + range.Length - 1, fileLength);
        }

        response.ContentLength = length;
        if (HttpMethods.IsHead(context.Request.Method) || length == 0)
        {
            return;
        }

        await using var content = await media.OpenReadAsync(path, offset, range.IsPartial ? length : null, context.RequestAborted);
        await content.CopyToAsync(response.Body, context.RequestAborted);
    }

    /// <summary>If-None-Match decides when present (weak comparison, as for GET); else If-Modified-Since.</summary>
    private static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } ifNoneMatch)
        {
            return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && lastModified <= since;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}

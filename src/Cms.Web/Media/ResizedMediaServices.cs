using Cms.Core.Media;
using Cms.Core.Media.Resizing;
using Cms.Core.Storage;
using Cms.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Cms.Web.Media;

/// <summary>
/// Resized images at /media: a JPEG, PNG, WebP or GIF asked for with Orchard's query string (<c>?width=400&amp;rmode=crop</c>)
/// or a profile (<c>?profile=card</c>) is answered from the resize cache; any other /media request goes on to the
/// files as stored (<see cref="MediaFileServing"/>). A refused parameter is a 400 naming it.
/// </summary>
public static class ResizedMediaServices
{
    public static IServiceCollection AddCmsImageResizing(this IServiceCollection services)
    {
        services.AddSingleton(sp => new ImageResizer(sp.GetRequiredService<IOptions<MediaOptions>>().Value.MaxSourcePixels));
        services.AddSingleton(sp => new ResizedImageCache(
            Path.Combine(sp.GetRequiredService<DataFolder>().Path, DataFolder.MediaCacheFolderName),
            sp.GetRequiredService<IOptions<MediaOptions>>().Value.ResizedCacheMegabytes * 1024L * 1024));
        services.AddSingleton<ResizedImageProvider>();
        return services;
    }

    /// <summary>Call before <see cref="MediaFileServing.UseMediaFiles"/>.</summary>
    public static WebApplication UseResizedMedia(this WebApplication app)
    {
        app.UseWhen(IsResizeRequest, branch => branch.Run(ServeAsync));
        return app;
    }

    private static bool IsResizeRequest(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.Request.Path.StartsWithSegments("/media", out var rest)
        && ImageResizer.CanResize(rest.Value ?? "")
        && ImageResizeParser.AsksForResize(name => Query(context, name));

    private static async Task ServeAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        context.Request.Path.StartsWithSegments("/media", out var rest);
        var options = context.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value;
        try
        {
            var profiles = Query(context, "profile") is null ? new MediaProfilesDocument() : await LoadProfilesAsync(context, cancellationToken);
            var command = ImageResizeParser.Parse(name => Query(context, name), profiles.Find, options);
            var image = await context.RequestServices.GetRequiredService<ResizedImageProvider>().GetAsync(rest.Value!, command, cancellationToken);
            IResult result = image is null
                ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such media file.", detail: $"'{rest.Value}' is not in the media library.")
                : Serve(context, image);
            await result.ExecuteAsync(context);
        }
        catch (MediaException refused)
        {
            var field = refused.Field ?? "path";
            await TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [refused.Message] },
                title: "The image cannot be resized as asked.").ExecuteAsync(context);
        }
    }

    private static FileContentHttpResult Serve(HttpContext context, ResizedMediaImage image)
    {
        var etag = new EntityTagHeaderValue($"\"{image.Key}\"");
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["X-Resize-Cache"] = image.FromCache ? "hit" : "miss";
        return TypedResults.Bytes(image.Bytes, image.ContentType, entityTag: etag);
    }

    private static async Task<MediaProfilesDocument> LoadProfilesAsync(HttpContext context, CancellationToken cancellationToken)
    {
        await using var session = await context.RequestServices.GetRequiredService<DocumentStore>().OpenReadSessionAsync(cancellationToken);
        return await MediaProfilesDocument.LoadAsync(session, cancellationToken);
    }

    private static string? Query(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;
}

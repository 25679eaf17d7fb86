using Cms.Core.Media;
using Cms.Core.Media.S3;
using Cms.GraphQL.Limits;
using Cms.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Cms.Web.Media;

/// <summary>
/// The media library's rules (<c>Cms:Media</c>) and its store: the data folder's media/ or an S3 bucket, chosen by
/// <c>Cms:Media:Store</c>. Every feature reaches the files through the one <see cref="MediaStore"/> registered here.
/// </summary>
public static class MediaStoreServices
{
    public static IServiceCollection AddCmsMediaStore(this IServiceCollection services, IConfiguration configuration)
    {
        var media = configuration.GetSection(MediaOptions.SectionName);
        services.AddOptions<MediaOptions>().Bind(media)
            // Binding adds configured items to the default lists; a configured list replaces them instead.
            .PostConfigure(options =>
            {
                if (media.GetSection(nameof(MediaOptions.AllowedFileExtensions)).Get<string[]>() is { Length: > 0 } configured)
                {
                    options.AllowedFileExtensions = new HashSet<string>(configured, StringComparer.OrdinalIgnoreCase);
                }

                if (media.GetSection(nameof(MediaOptions.SupportedSizes)).Get<int[]>() is { Length: > 0 } sizes)
                {
                    options.SupportedSizes = [.. sizes];
                }
            })
            .ValidateDataAnnotations()
            .Validate(options => options.StoreProblems().Count == 0, "Cms:Media: the media store's settings cannot be used (see the problems printed at start).")
            .ValidateOnStart();
        services.AddSingleton<IMediaStorage>(sp => CreateStorage(sp.GetRequiredService<IOptions<MediaOptions>>().Value, sp.GetRequiredService<DataFolder>()));
        services.AddSingleton(sp => new MediaStore(sp.GetRequiredService<IMediaStorage>(), sp.GetRequiredService<IOptions<MediaOptions>>().Value));
        services.AddOptions<GraphQLOptions>().PostConfigure<IOptions<MediaOptions>>((options, mediaOptions) =>
        {
            options.MediaResizing = mediaOptions.Value;
            if (mediaOptions.Value.PublicBaseUrl is { } publicBaseUrl)
            {
                options.MediaBaseUrl = publicBaseUrl.ToString();
            }
        });
        return services;
    }

    private static IMediaStorage CreateStorage(MediaOptions options, DataFolder dataFolder) => options.Store switch
    {
        MediaStoreKind.S3 => new S3MediaStorage(S3ClientFactory.Create(options.S3), options.S3.BucketName!),
        _ => new FileSystemMediaStorage(dataFolder.MediaPath),
    };
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cms.Core.Media.Resizing;

/// <summary>
/// A media file resized as a command asks: from the disk cache when this version of the file (path, length and
/// last write) was resized that way before, else resized once (concurrent requests for the same result wait for
/// one resize; at most one resize per processor runs at a time, which bounds memory) and cached.
/// </summary>
public sealed class ResizedImageProvider : IDisposable
{
    private readonly MediaStore _media;
    private readonly ResizedImageCache _cache;
    private readonly ImageResizer _resizer;
    private readonly SemaphoreSlim _resizing = new(Environment.ProcessorCount);
    private readonly ConcurrentDictionary<string, Lazy<Task<ResizedImage>>> _inFlight = new(StringComparer.Ordinal);

    public ResizedImageProvider(MediaStore media, ResizedImageCache cache, ImageResizer resizer)
    {
        _media = media;
        _cache = cache;
        _resizer = resizer;
    }

    /// <summary>The resized image, or null when there is no such media file.</summary>
    /// <exception cref="MediaException">The path leaves the library, or the file cannot be resized.</exception>
    public async Task<ResizedMediaImage?> GetAsync(string mediaPath, ImageResizeCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var path = MediaStore.Key(mediaPath, "path");
        if (!_media.IsAllowed(path) || await _media.FindFileAsync(path, cancellationToken) is not { } source)
        {
            return null;
        }

        var key = Key(path, source, command);
        if (_cache.Find(key) is { } cached)
        {
            var bytes = await File.ReadAllBytesAsync(cached, cancellationToken);
            return new ResizedMediaImage(bytes, ContentTypeOf(cached), key, FromCache: true);
        }

        var work = _inFlight.GetOrAdd(key, k => new Lazy<Task<ResizedImage>>(() => ResizeAndStoreAsync(k, path, command)));
        try
        {
            var image = await work.Value.WaitAsync(cancellationToken);
            return new ResizedMediaImage(image.Bytes, image.ContentType, key, FromCache: false);
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<ResizedImage>>>(key, work));
        }
    }

    public void Dispose() => _resizing.Dispose();

    private async Task<ResizedImage> ResizeAndStoreAsync(string key, string mediaPath, ImageResizeCommand command)
    {
        // Not cancelled by the first caller: others may be waiting for the same result.
        await _resizing.WaitAsync(CancellationToken.None);
        try
        {
            using var source = await LocalSource.OpenAsync(_media, mediaPath, CancellationToken.None);
            var image = await Task.Run(() => _resizer.Resize(source.FilePath, command));
            await _cache.StoreAsync(key, image, CancellationToken.None);
            return image;
        }
        finally
        {
            _resizing.Release();
        }
    }

    private static string Key(string mediaPath, MediaFileInfo source, ImageResizeCommand command)
    {
        var version = string.Create(CultureInfo.InvariantCulture, $"{mediaPath}|{source.Length}|{source.LastModifiedUtc.UtcTicks}|{source.ETag}|{command.Key}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version)))[..32];
    }

    private static string ContentTypeOf(string path) => Path.GetExtension(path) switch
    {
        ".webp" => "image/webp",
        ".png" => "image/png",
        ".gif" => "image/gif",
        _ => "image/jpeg",
    };
}

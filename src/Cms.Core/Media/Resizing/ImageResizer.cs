using NetVips;

namespace Cms.Core.Media.Resizing;

/// <summary>
/// Resizes and encodes one image with libvips (NetVips): shrink-on-load, EXIF rotation, streaming. Only JPEG,
/// PNG, WebP and GIF sources are decoded (libvips's other loaders stay blocked), and only up to
/// <see cref="MediaOptions.MaxSourcePixels"/>, checked from the header before any pixel is read.
/// </summary>
public sealed class ImageResizer
{
    private static readonly string[] AllowedLoaders = ["jpegload", "pngload", "webpload", "gifload"];

    private readonly long _maxSourcePixels;

    static ImageResizer()
    {
        // Operations marked untrusted (ImageMagick, PDF, Matlab, ... loaders) are refused inside libvips itself.
        NetVips.NetVips.BlockUntrusted = true;
        // Results go to our own disk cache; libvips's operation cache would only hold decoded images in memory.
        Cache.Max = 0;
        // Requests already resize in parallel (one per processor); a libvips worker pool per image on top would
        // only add threads and buffers.
        NetVips.NetVips.Concurrency = 1;
    }

    public ImageResizer(long maxSourcePixels)
    {
        _maxSourcePixels = maxSourcePixels;
    }

    /// <summary>Whether the file's extension is one this resizer decodes (others are served as stored).</summary>
    public static bool CanResize(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp" or ".gif";

    /// <exception cref="MediaException">The file is not an image we decode, is damaged, or is too large.</exception>
    public ResizedImage Resize(string sourcePath, ImageResizeCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var name = Path.GetFileName(sourcePath);
        try
        {
            var (width, height, sourceFormat) = ReadHeader(sourcePath, name);
            using var resized = ImageGeometry.Apply(sourcePath, width, height, command);
            return Encode(resized, command.Format == ImageFormat.Undefined ? sourceFormat : command.Format, command);
        }
        catch (VipsException exception)
        {
            throw new MediaException("path", $"'{name}' could not be read as an image: {exception.Message.Split('\n')[0]}", exception);
        }
    }

    private (int Width, int Height, ImageFormat Format) ReadHeader(string sourcePath, string name)
    {
        using var header = Image.NewFromFile(sourcePath, access: Enums.Access.Sequential);
        var loader = header.Contains("vips-loader") ? header.Get("vips-loader") as string ?? "" : "";
        if (!AllowedLoaders.Any(allowed => loader.StartsWith(allowed, StringComparison.Ordinal)))
        {
            throw new MediaException("path", $"'{name}' is not a JPEG, PNG, WebP or GIF image.");
        }

        if ((long)header.Width * header.Height > _maxSourcePixels)
        {
            throw new MediaException("path",
                $"'{name}' is {header.Width:N0} × {header.Height:N0} pixels; images above {_maxSourcePixels:N0} pixels are not resized.");
        }

        var format = loader switch
        {
            var l when l.StartsWith("png", StringComparison.Ordinal) => ImageFormat.Png,
            var l when l.StartsWith("webp", StringComparison.Ordinal) => ImageFormat.WebP,
            var l when l.StartsWith("gif", StringComparison.Ordinal) => ImageFormat.Gif,
            _ => ImageFormat.Jpg,
        };
        var rotated = header.Contains("orientation") && header.Get("orientation") is int orientation && orientation >= 5;
        return rotated ? (header.Height, header.Width, format) : (header.Width, header.Height, format);
    }

    private static ResizedImage Encode(Image image, ImageFormat format, ImageResizeCommand command)
    {
        var quality = command.Quality ?? 75;
        switch (format)
        {
            case ImageFormat.WebP:
                return new(image.WebpsaveBuffer(q: quality, keep: Enums.ForeignKeep.None), "image/webp", ".webp");
            case ImageFormat.Png:
                return new(image.PngsaveBuffer(keep: Enums.ForeignKeep.None), "image/png", ".png");
            case ImageFormat.Gif:
                return new(image.GifsaveBuffer(keep: Enums.ForeignKeep.None), "image/gif", ".gif");
            default:
                var background = command.Background is { } color ? new double[] { color.R, color.G, color.B } : [255, 255, 255];
                using (var flat = image.HasAlpha() ? image.Flatten(background) : image.Copy())
                {
                    return new(flat.JpegsaveBuffer(q: quality, optimizeCoding: true, keep: Enums.ForeignKeep.None), "image/jpeg", ".jpg");
                }
        }
    }
}

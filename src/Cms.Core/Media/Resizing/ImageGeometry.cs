using NetVips;

namespace Cms.Core.Media.Resizing;

/// <summary>Each resize mode as libvips operations on a source of known (rotated) size.</summary>
internal static class ImageGeometry
{
    private const int Unbounded = 10_000_000;

    public static Image Apply(string sourcePath, int sourceWidth, int sourceHeight, ImageResizeCommand command)
    {
        if (command.Width is null && command.Height is null)
        {
            return Image.Thumbnail(sourcePath, sourceWidth, height: sourceHeight, size: Enums.Size.Down);
        }

        if (command.Width is not { } width || command.Height is not { } height)
        {
            // With one side given every mode keeps the aspect ratio.
            return Image.Thumbnail(sourcePath, Bound(command.Width), height: Bound(command.Height),
                size: command.Mode is ResizeMode.Max or ResizeMode.Min or ResizeMode.BoxPad ? Enums.Size.Down : Enums.Size.Both);
        }

        return command.Mode switch
        {
            ResizeMode.Crop => Crop(sourcePath, sourceWidth, sourceHeight, width, height, command),
            ResizeMode.Pad => Pad(Image.Thumbnail(sourcePath, width, height: height, size: Enums.Size.Both), width, height, command),
            ResizeMode.BoxPad => Pad(Image.Thumbnail(sourcePath, width, height: height, size: Enums.Size.Down), width, height, command),
            ResizeMode.Stretch => Image.Thumbnail(sourcePath, width, height: height, size: Enums.Size.Force),
            ResizeMode.Min => Min(sourcePath, sourceWidth, sourceHeight, width, height),
            _ => Image.Thumbnail(sourcePath, width, height: height, size: Enums.Size.Down),
        };
    }

    private static Image Crop(string sourcePath, int sourceWidth, int sourceHeight, int width, int height, ImageResizeCommand command)
    {
        var scale = Math.Max((double)width / sourceWidth, (double)height / sourceHeight);
        var coverWidth = Math.Max(width, (int)Math.Round(sourceWidth * scale));
        var coverHeight = Math.Max(height, (int)Math.Round(sourceHeight * scale));
        using var cover = Image.Thumbnail(sourcePath, coverWidth, height: coverHeight, size: Enums.Size.Force);
        var left = Math.Clamp((int)Math.Round((cover.Width * command.AnchorX) - (width / 2.0)), 0, cover.Width - width);
        var top = Math.Clamp((int)Math.Round((cover.Height * command.AnchorY) - (height / 2.0)), 0, cover.Height - height);
        return cover.ExtractArea(left, top, width, height);
    }

    private static Image Min(string sourcePath, int sourceWidth, int sourceHeight, int width, int height)
    {
        var scale = Math.Min(1, Math.Max((double)width / sourceWidth, (double)height / sourceHeight));
        var targetWidth = Math.Max(1, (int)Math.Round(sourceWidth * scale));
        var targetHeight = Math.Max(1, (int)Math.Round(sourceHeight * scale));
        return Image.Thumbnail(sourcePath, targetWidth, height: targetHeight, size: Enums.Size.Force);
    }

    private static Image Pad(Image fitted, int width, int height, ImageResizeCommand command)
    {
        using (fitted)
        {
            var color = command.Background ?? new ImageColor(255, 255, 255, 0);
            using var withAlpha = fitted.HasAlpha() || color.A == 255 ? fitted.Copy() : fitted.Bandjoin(255);
            double[] background = withAlpha.HasAlpha() ? [color.R, color.G, color.B, color.A] : [color.R, color.G, color.B];
            var direction = (command.AnchorX, command.AnchorY) switch
            {
                ( < 0.5, < 0.5) => Enums.CompassDirection.NorthWest,
                ( > 0.5, < 0.5) => Enums.CompassDirection.NorthEast,
                ( < 0.5, > 0.5) => Enums.CompassDirection.SouthWest,
                ( > 0.5, > 0.5) => Enums.CompassDirection.SouthEast,
                ( < 0.5, _) => Enums.CompassDirection.West,
                ( > 0.5, _) => Enums.CompassDirection.East,
                (_, < 0.5) => Enums.CompassDirection.North,
                (_, > 0.5) => Enums.CompassDirection.South,
                _ => Enums.CompassDirection.Centre,
            };
            return withAlpha.Gravity(direction, width, height, extend: Enums.Extend.Background, background: background);
        }
    }

    private static int Bound(int? size) => size ?? Unbounded;
}

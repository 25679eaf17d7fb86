using System.Globalization;

namespace Cms.Core.Media.Resizing;

/// <summary>
/// Reads Orchard's resize query string (<c>width</c>, <c>height</c>, <c>rmode</c>, <c>rxy</c>, <c>format</c>,
/// <c>quality</c>, <c>bgcolor</c>) and our <c>profile</c>: a profile gives defaults, the other names override it.
/// Every refusal is a <see cref="MediaException"/> naming the parameter at fault.
/// </summary>
public static class ImageResizeParser
{
    private const int DefaultQuality = 75;

    /// <param name="query">A query value by name (null when absent).</param>
    /// <param name="findProfile">A media profile by name (null when there is none).</param>
    public static ImageResizeCommand Parse(Func<string, string?> query, Func<string, MediaProfile?> findProfile, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(findProfile);
        ArgumentNullException.ThrowIfNull(options);
        var profile = new MediaProfile();
        if (query("profile") is { } profileName)
        {
            profile = findProfile(profileName) ?? throw new MediaException("profile", $"There is no media profile named '{profileName}'.");
        }

        var width = Size(query("width"), "width", profile.Width, options.MaxResizeWidth, options);
        var height = Size(query("height"), "height", profile.Height, options.MaxResizeHeight, options);
        var mode = query("rmode") is { } rmode ? Named<ResizeMode>(rmode, "rmode") : profile.Mode;
        var format = query("format") is { } formatText ? Named<ImageFormat>(formatText, "format") : profile.Format;
        if (format is ImageFormat.Bmp or ImageFormat.Tga)
        {
            throw new MediaException(query("format") is null ? "profile" : "format", $"The format '{format}' is not served; use jpg, png, gif or webp.");
        }

        var quality = query("quality") is { } qualityText ? Whole(qualityText, "quality", 1, 100) : profile.Quality;
        var background = query("bgcolor") ?? profile.BackgroundColor;
        var (anchorX, anchorY) = query("rxy") is { } rxy ? Anchor(rxy) : (0.5, 0.5);
        return new ImageResizeCommand(
            width, height, mode == ResizeMode.Undefined ? ResizeMode.Max : mode, anchorX, anchorY, format,
            quality is > 0 and <= 100 ? quality : DefaultQuality,
            string.IsNullOrEmpty(background) ? null : ImageColor.Parse(background)
                ?? throw new MediaException("bgcolor", $"'{background}' is not a colour: give a name, hex (ffffff) or r,g,b."));
    }

    /// <summary>Whether a query string asks for a resize at all (else the file is served as stored).</summary>
    public static bool AsksForResize(Func<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ImageResizeCommand.QueryNames.Any(name => query(name) is not null);
    }

    private static int? Size(string? text, string name, int fromProfile, int max, MediaOptions options)
    {
        if (text is null)
        {
            if (fromProfile > max)
            {
                throw new MediaException("profile", $"The profile's {name} {fromProfile} is above the largest allowed, {max}.");
            }

            return fromProfile > 0 ? fromProfile : null;
        }

        var size = Whole(text, name, 1, int.MaxValue);
        if (size > max)
        {
            throw new MediaException(name, $"The {name} {size} is above the largest allowed, {max}.");
        }

        if (!options.AllowAnyResize && !options.SupportedSizes.Contains(size) && size != fromProfile)
        {
            throw new MediaException(name, $"The {name} {size} is not one of the supported sizes ({string.Join(", ", options.SupportedSizes)}).");
        }

        return size;
    }

    private static int Whole(string text, string name, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new MediaException(name, $"'{text}' is not a valid {name}: expected a whole number from {min} to {max}.");

    private static T Named<T>(string text, string name)
        where T : struct, Enum
    {
        var valid = Enum.GetNames<T>().Where(n => n != "Undefined").Select(n => n.ToLowerInvariant()).ToList();
        var spelled = text.Trim().Equals("jpeg", StringComparison.OrdinalIgnoreCase) ? "jpg" : text.Trim();
        return valid.Contains(spelled.ToLowerInvariant()) && Enum.TryParse<T>(spelled, ignoreCase: true, out var value)
            ? value
            : throw new MediaException(name, $"'{text}' is not a valid {name}: expected one of {string.Join(", ", valid)}.");
    }

    private static (double X, double Y) Anchor(string text)
    {
        var parts = text.Split(',');
        if (parts.Length == 2 && Fraction(parts[0]) is { } x && Fraction(parts[1]) is { } y)
        {
            // Rounded to one decimal as Orchard does, so 0.51 and 0.5 do not make two cached files.
            return (Math.Round(x, 1), Math.Round(y, 1));
        }

        throw new MediaException("rxy", $"'{text}' is not a valid rxy: expected x,y with each between 0 and 1.");
    }

    private static double? Fraction(string text) =>
        double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1
            ? value
            : null;
}

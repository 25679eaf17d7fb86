using System.Globalization;

namespace Cms.Core.Media.Resizing;

/// <summary>
/// A checked resize: what the query string (and profile) asked for, in one canonical form whose
/// <see cref="Key"/> names the result in the cache (two spellings of the same request share one file).
/// </summary>
public sealed record ImageResizeCommand(
    int? Width, int? Height, ResizeMode Mode, double AnchorX, double AnchorY, ImageFormat Format, int? Quality, ImageColor? Background)
{
    /// <summary>The query-string names this product reads (Orchard's, plus <c>profile</c>).</summary>
    public static IReadOnlyList<string> QueryNames { get; } = ["width", "height", "rmode", "rxy", "format", "quality", "bgcolor", "profile"];

    public string Key => string.Create(CultureInfo.InvariantCulture,
        $"w={Width};h={Height};m={Mode};x={AnchorX:0.##};y={AnchorY:0.##};f={Format};q={Quality};b={Background}");
}

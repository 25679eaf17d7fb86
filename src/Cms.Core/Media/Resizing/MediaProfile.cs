namespace Cms.Core.Media.Resizing;

/// <summary>
/// A named size (Orchard's media profile, as its <c>MediaProfiles</c> recipe step writes it): asked for with
/// <c>?profile=name</c>. Zero and <see cref="ResizeMode.Undefined"/>/<see cref="ImageFormat.Undefined"/> mean "not set".
/// </summary>
public sealed class MediaProfile
{
    public string Hint { get; set; } = "";

    public int Width { get; set; }

    public int Height { get; set; }

    public ResizeMode Mode { get; set; }

    public ImageFormat Format { get; set; }

    /// <summary>1 to 100; 0 is the format's default.</summary>
    public int Quality { get; set; }

    /// <summary>For pad and boxpad: a colour name, hex (rgb, rrggbb, rrggbbaa) or "r,g,b[,a]".</summary>
    public string? BackgroundColor { get; set; }
}

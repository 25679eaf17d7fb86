using NetVips;

namespace Cms.Tests.Media;

/// <summary>Photos made in code (noise, so encoders cannot shrink them to nothing and quality shows in the size).</summary>
internal static class TestImages
{
    public static byte[] Jpeg(int width, int height, int seed = 1)
    {
        using var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 30, seed: seed);
        using var bands = noise.Bandjoin(noise.Flip(Enums.Direction.Horizontal), noise.Flip(Enums.Direction.Vertical));
        using var photo = bands.Cast(Enums.BandFormat.Uchar);
        return photo.JpegsaveBuffer(q: 90);
    }

    public static (int Width, int Height) Dimensions(byte[] encoded)
    {
        using var image = Image.NewFromBuffer(encoded);
        return (image.Width, image.Height);
    }
}

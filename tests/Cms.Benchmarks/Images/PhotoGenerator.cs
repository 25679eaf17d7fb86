using System.Globalization;
using NetVips;

namespace Cms.Benchmarks.Images;

/// <summary>
/// 4,000 × 3,000 JPEG "photos" made in code: smooth waves with grain, different per seed, so they compress like
/// photographs (a few MB) and every one is a different image to decode.
/// </summary>
internal static class PhotoGenerator
{
    public const int Width = 4000;
    public const int Height = 3000;

    /// <summary>Writes p000.jpg ... into <paramref name="mediaFolder"/> unless they are there already; returns their media paths.</summary>
    public static IReadOnlyList<string> Ensure(string mediaFolder, int count)
    {
        Directory.CreateDirectory(mediaFolder);
        var names = Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"p{i:000}.jpg")).ToList();
        foreach (var (name, seed) in names.Select((n, i) => (n, i)))
        {
            var path = Path.Combine(mediaFolder, name);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"Generating photo {name}");
                File.WriteAllBytes(path, Photo(seed));
            }
        }

        return names;
    }

    private static byte[] Photo(int seed)
    {
        using var xy = Image.Xyz(Width, Height);
        using var x = xy[0];
        using var y = xy[1];
        var bands = new Image[3];
        for (var band = 0; band < 3; band++)
        {
            var a = 0.05 + (((seed * 7) + (band * 3)) % 11 * 0.01);
            var b = 0.03 + (((seed * 5) + band) % 13 * 0.01);
            using var wave = ((x * a) + (y * b)).Math(Enums.OperationMath.Sin);
            using var grain = Image.Gaussnoise(Width, Height, mean: 0, sigma: 6, seed: (seed * 3) + band);
            bands[band] = (wave * 90) + 128 + grain;
        }

        using var joined = bands[0].Bandjoin(bands[1], bands[2]);
        using var photo = joined.Cast(Enums.BandFormat.Uchar);
        var bytes = photo.JpegsaveBuffer(q: 85);
        foreach (var band in bands)
        {
            band.Dispose();
        }

        return bytes;
    }
}

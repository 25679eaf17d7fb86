using System.Globalization;

namespace Cms.Core.Media.Resizing;

/// <summary>A background colour: red, green, blue and alpha, each 0 to 255.</summary>
public readonly record struct ImageColor(byte R, byte G, byte B, byte A)
{
    private static readonly Dictionary<string, ImageColor> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["white"] = new(255, 255, 255, 255), ["black"] = new(0, 0, 0, 255), ["transparent"] = new(0, 0, 0, 0),
        ["red"] = new(255, 0, 0, 255), ["green"] = new(0, 128, 0, 255), ["blue"] = new(0, 0, 255, 255),
        ["gray"] = new(128, 128, 128, 255), ["grey"] = new(128, 128, 128, 255), ["yellow"] = new(255, 255, 0, 255),
    };

    /// <summary>A name, hex (rgb, rrggbb, rrggbbaa, with or without #) or "r,g,b[,a]"; null when it is none of these.</summary>
    public static ImageColor? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (Named.TryGetValue(value, out var named))
        {
            return named;
        }

        return value.Contains(',', StringComparison.Ordinal) ? FromList(value) : FromHex(value.TrimStart('#'));
    }

    public override string ToString() => $"{R:x2}{G:x2}{B:x2}{A:x2}";

    private static ImageColor? FromList(string value)
    {
        var parts = value.Split(',');
        var bytes = new byte[4] { 0, 0, 0, 255 };
        if (parts.Length is < 3 or > 4)
        {
            return null;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (!byte.TryParse(parts[i].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out bytes[i]))
            {
                return null;
            }
        }

        return new ImageColor(bytes[0], bytes[1], bytes[2], bytes[3]);
    }

    private static ImageColor? FromHex(string hex)
    {
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => new string(c, 2)));
        }

        if (hex.Length is not (6 or 8) || !uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var rgba = hex.Length == 6 ? (value << 8) | 0xff : value;
        return new ImageColor((byte)(rgba >> 24), (byte)(rgba >> 16), (byte)(rgba >> 8), (byte)rgba);
    }
}

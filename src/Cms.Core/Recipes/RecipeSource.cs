using System.Text;

namespace Cms.Core.Recipes;

/// <summary>
/// Where a recipe's UTF-8 bytes are: its file (re-read when a streamed step runs, so a large file is never held
/// whole) or the bytes of a recipe given as text. A file that changed since it was read is refused.
/// </summary>
internal sealed class RecipeSource
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly string? _path;
    private readonly byte[]? _bytes;
    private readonly DateTime _writtenUtc;

    private RecipeSource(string? path, byte[]? bytes, long length, DateTime writtenUtc)
    {
        _path = path;
        _bytes = bytes;
        Length = length;
        _writtenUtc = writtenUtc;
    }

    /// <summary>Offset of the first byte after a UTF-8 byte order mark.</summary>
    public int Start { get; private init; }

    public long Length { get; }

    public static RecipeSource FromText(string json) => FromBytes(Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF')));

    public static RecipeSource FromBytes(byte[] bytes) =>
        new(null, bytes, bytes.Length, default) { Start = bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0 };

    public static RecipeSource FromFile(string path)
    {
        var info = new FileInfo(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        Span<byte> head = stackalloc byte[3];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return new RecipeSource(path, null, info.Length, info.LastWriteTimeUtc)
        {
            Start = head[..read].StartsWith(Utf8Bom) ? Utf8Bom.Length : 0,
        };
    }

    /// <summary>True when the file starts with a UTF-16 or UTF-32 byte order mark (read as text instead).</summary>
    public static bool IsWideText(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        Span<byte> head = stackalloc byte[2];
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == 2
            && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
    }

    /// <summary>A stream over the whole source, at offset 0.</summary>
    public Stream Open()
    {
        if (_bytes is not null)
        {
            return new MemoryStream(_bytes, writable: false);
        }

        var info = new FileInfo(_path!);
        if (!info.Exists || info.Length != Length || info.LastWriteTimeUtc != _writtenUtc)
        {
            throw new RecipeStepException($"The recipe file '{_path}' changed or went away after it was read; run the recipe again.");
        }

        return new FileStream(_path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
    }
}

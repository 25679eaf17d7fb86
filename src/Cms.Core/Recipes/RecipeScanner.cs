using System.Text;
using System.Text.Json;

namespace Cms.Core.Recipes;

/// <summary>
/// One forward pass over a recipe's bytes, a buffer at a time: checks that the whole text is valid JSON (syntax
/// errors name line and column) and finds each step's <c>data</c> array of at least a threshold's size, which
/// is then left in the source and read item by item when the step runs. Everything else is handed back as
/// the "shell" to parse as usual, each such array replaced by <c>[]</c>.
/// </summary>
internal static class RecipeScanner
{
    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <exception cref="RecipeFormatException">The text is not valid JSON.</exception>
    public static (byte[] Shell, IReadOnlyDictionary<int, RecipeDataArray> Arrays) Scan(
        RecipeSource source, long streamedDataBytes, string name, string? fileName)
    {
        var tracker = new RecipeStructure(source, streamedDataBytes);
        using (var stream = source.Open())
        {
            stream.Position = source.Start;
            try
            {
                Read(stream, tracker);
            }
            catch (JsonException ex)
            {
                var line = (int)(ex.LineNumber ?? 0) + 1;
                var column = CharacterColumn(source, line, ex.BytePositionInLine ?? 0);
                throw new RecipeFormatException(
                    $"{name}: invalid JSON at line {line}, column {column}: {RecipeReader.Reason(ex)}", fileName, ex.Path, line, column, ex);
            }
        }

        return (Shell(source, tracker.Arrays.Values), tracker.Arrays);
    }

    private static void Read(Stream stream, RecipeStructure tracker)
    {
        var buffer = new byte[64 * 1024];
        var state = new JsonReaderState(ReaderOptions);
        var (filled, offset, final) = (0, stream.Position, false);
        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            final = read == 0;
            var consumed = tracker.Advance(buffer.AsSpan(0, filled), offset, final, ref state);
            if (final)
            {
                return;
            }

            // A token longer than the buffer (a large base64 string) needs a larger one.
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
            offset += consumed;
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }

    /// <summary>The source's bytes with each streamed array replaced by an empty one.</summary>
    private static byte[] Shell(RecipeSource source, IEnumerable<RecipeDataArray> arrays)
    {
        using var stream = source.Open();
        using var shell = new MemoryStream();
        var position = (long)source.Start;
        foreach (var array in arrays.OrderBy(a => a.Start))
        {
            Copy(stream, position, array.Start - position, shell);
            shell.Write("[]"u8);
            position = array.End;
        }

        Copy(stream, position, source.Length - position, shell);
        return shell.ToArray();
    }

    private static void Copy(Stream from, long start, long count, Stream to)
    {
        from.Position = start;
        var buffer = new byte[(int)Math.Min(Math.Max(count, 1), 64 * 1024)];
        while (count > 0)
        {
            var read = from.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
            {
                throw new EndOfStreamException("The recipe ended before the expected length.");
            }

            to.Write(buffer, 0, read);
            count -= read;
        }
    }

    /// <summary>The parser counts UTF-8 bytes within the line; people count characters.</summary>
    private static int CharacterColumn(RecipeSource source, int line, long bytePosition)
    {
        using var file = source.Open();
        file.Position = source.Start;
        using var stream = new BufferedStream(file, 64 * 1024);
        var text = new MemoryStream();
        var current = 1;
        int b;
        while ((b = stream.ReadByte()) >= 0 && current <= line)
        {
            if (b == '\n')
            {
                current++;
            }
            else if (current == line)
            {
                text.WriteByte((byte)b);
            }
        }

        if (current < line)
        {
            return (int)bytePosition + 1;
        }

        var bytes = text.ToArray();
        return Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(bytePosition, bytes.Length)) + 1;
    }
}

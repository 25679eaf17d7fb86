using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Core.Recipes;

/// <summary>
/// A step's <c>data</c> array left in the recipe's source by <see cref="RecipeScanner"/>: its items are parsed one
/// at a time each time they are read, so memory follows the item, not the file.
/// </summary>
internal sealed class RecipeDataArray
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly RecipeSource _source;

    public RecipeDataArray(RecipeSource source, long start, long end, int count, int firstNonObject)
    {
        _source = source;
        Start = start;
        End = end;
        Count = count;
        FirstNonObject = firstNonObject;
    }

    /// <summary>Offset of the array's '[' in the source.</summary>
    public long Start { get; }

    /// <summary>Offset just after the array's ']'.</summary>
    public long End { get; }

    public int Count { get; }

    /// <summary>Index of the first item that is not a JSON object; -1 when all are.</summary>
    public int FirstNonObject { get; }

    /// <summary>
    /// The items in order, each freshly parsed (the caller owns them), with whether its text has a string that
    /// could be a script (one starting with '[', or with an escape that could be one).
    /// </summary>
    public IEnumerable<(JsonNode? Item, bool MayHoldScripts)> ReadItems()
    {
        using var stream = _source.Open();
        stream.Position = Start;
        var reader = new ItemReader(stream, End - Start);
        while (reader.TryRead(out var item, out var mayHoldScripts))
        {
            yield return (item, mayHoldScripts);
        }
    }

    /// <summary>The whole array in memory, for a step handler that asks for its payload as one object.</summary>
    public JsonArray ReadAll() => new([.. ReadItems().Select(i => i.Item)]);

    /// <summary>Reads array items from a stream positioned at the '[', a buffer at a time.</summary>
    private sealed class ItemReader(Stream stream, long length)
    {
        private byte[] _buffer = new byte[64 * 1024];
        private JsonReaderState _state = new(RecipeScanner.ReaderOptions);
        private long _remaining = length;
        private int _start;
        private int _end;
        private bool _begun;

        public bool TryRead(out JsonNode? item, out bool mayHoldScripts)
        {
            while (true)
            {
                var span = _buffer.AsSpan(_start, _end - _start);
                var reader = new Utf8JsonReader(span, _remaining == 0, _state);
                if (!_begun && reader.Read())
                {
                    // The opening '['.
                    _begun = true;
                    (_start, _state) = (_start + (int)reader.BytesConsumed, reader.CurrentState);
                    continue;
                }

                if (_begun && reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        (item, mayHoldScripts) = (null, false);
                        return false;
                    }

                    var tokenStart = (int)reader.TokenStartIndex;
                    if (reader.TrySkip())
                    {
                        var text = span[tokenStart..(int)reader.BytesConsumed];
                        item = JsonNode.Parse(text, documentOptions: DocumentOptions);
                        mayHoldScripts = text.IndexOf("\"["u8) >= 0 || text.IndexOf("\"\\u"u8) >= 0;
                        (_start, _state) = (_start + (int)reader.BytesConsumed, reader.CurrentState);
                        return true;
                    }
                }

                Fill();
            }
        }

        private void Fill()
        {
            if (_remaining == 0)
            {
                throw new InvalidDataException("The recipe's data array ended early; was the file changed while the recipe ran?");
            }

            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            (_end, _start) = (_end - _start, 0);
            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = stream.Read(_buffer, _end, (int)Math.Min(_buffer.Length - _end, _remaining));
            if (read == 0)
            {
                throw new InvalidDataException("The recipe's data array ended early; was the file changed while the recipe ran?");
            }

            (_end, _remaining) = (_end + read, _remaining - read);
        }
    }
}

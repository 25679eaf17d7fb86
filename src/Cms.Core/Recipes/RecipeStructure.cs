using System.Text.Json;

namespace Cms.Core.Recipes;

/// <summary>
/// Follows the scanner's tokens through the recipe's structure (root, <c>steps</c>, each step, its <c>data</c>)
/// and records where each large <c>data</c> array starts and ends, with its item count.
/// </summary>
internal sealed class RecipeStructure
{
    private readonly RecipeSource _source;
    private readonly long _streamedDataBytes;
    private bool _stepsSeen;
    private bool _inSteps;
    private string? _rootProperty;
    private string? _stepProperty;
    private int _stepIndex = -1;
    private long _arrayStart = -1;
    private int _arrayCount;
    private int _firstNonObject;

    public RecipeStructure(RecipeSource source, long streamedDataBytes)
    {
        _source = source;
        _streamedDataBytes = streamedDataBytes;
    }

    /// <summary>The streamed arrays by step index.</summary>
    public Dictionary<int, RecipeDataArray> Arrays { get; } = [];

    /// <summary>Reads the tokens complete in <paramref name="buffer"/> (at <paramref name="offset"/> in the source); returns the bytes consumed.</summary>
    public int Advance(ReadOnlySpan<byte> buffer, long offset, bool final, ref JsonReaderState state)
    {
        var reader = new Utf8JsonReader(buffer, final, state);
        while (reader.Read())
        {
            Visit(ref reader, offset);
        }

        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    private void Visit(ref Utf8JsonReader reader, long offset)
    {
        var depth = reader.CurrentDepth;
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName when depth == 1:
                _rootProperty = reader.GetString();
                return;
            case JsonTokenType.PropertyName when depth == 3 && _inSteps:
                _stepProperty = reader.GetString();
                return;
            case JsonTokenType.StartArray when depth == 1 && !_stepsSeen
                && string.Equals(_rootProperty, "steps", StringComparison.OrdinalIgnoreCase):
                (_stepsSeen, _inSteps) = (true, true);
                return;
            case JsonTokenType.EndArray when depth == 1:
                _inSteps = false;
                return;
            case JsonTokenType.StartArray when depth == 3 && _inSteps && _stepProperty == "data" && !Arrays.ContainsKey(_stepIndex):
                (_arrayStart, _arrayCount, _firstNonObject) = (offset + reader.TokenStartIndex, 0, -1);
                return;
            case JsonTokenType.EndArray when depth == 3 && _arrayStart >= 0:
                EndArray(offset + reader.BytesConsumed);
                return;
            case JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName or JsonTokenType.Comment:
                return;
        }

        // A value starts: a step in 'steps', or an item in a data array being measured.
        if (depth == 2 && _inSteps)
        {
            _stepIndex++;
            _stepProperty = null;
        }
        else if (depth == 4 && _arrayStart >= 0)
        {
            if (reader.TokenType != JsonTokenType.StartObject && _firstNonObject < 0)
            {
                _firstNonObject = _arrayCount;
            }

            _arrayCount++;
        }
    }

    private void EndArray(long end)
    {
        if (end - _arrayStart >= _streamedDataBytes)
        {
            Arrays[_stepIndex] = new RecipeDataArray(_source, _arrayStart, end, _arrayCount, _firstNonObject);
        }

        _arrayStart = -1;
    }
}

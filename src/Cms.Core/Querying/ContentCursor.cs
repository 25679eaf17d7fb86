using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Core.Querying;

/// <summary>
/// A keyset position: the stored values of the ordering keys of one row plus its document id, as an
/// opaque URL-safe string. Paging after it costs the same at any depth.
/// </summary>
public sealed class ContentCursor
{
    private ContentCursor(IReadOnlyList<object?> keyValues, long documentId)
    {
        KeyValues = keyValues;
        DocumentId = documentId;
    }

    public IReadOnlyList<object?> KeyValues { get; }

    public long DocumentId { get; }

    internal static ContentCursor From(IReadOnlyList<object?> keyValues, long documentId) => new(keyValues, documentId);

    public override string ToString()
    {
        var array = new JsonArray();
        foreach (var value in KeyValues)
        {
            array.Add(value switch
            {
                null => null,
                string s => JsonValue.Create(s),
                double d => JsonValue.Create(d),
                long l => JsonValue.Create(l),
                int i => JsonValue.Create((long)i),
                _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
            });
        }

        array.Add(DocumentId);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(array.ToJsonString()));
    }

    /// <summary>Reads a cursor; null when the text is not one of ours (callers report the argument).</summary>
    public static ContentCursor? TryParse(string? text, int expectedKeys)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var json = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            if (JsonNode.Parse(json) is not JsonArray array || array.Count != expectedKeys + 1)
            {
                return null;
            }

            var values = new List<object?>();
            for (var i = 0; i < expectedKeys; i++)
            {
                values.Add(array[i] switch
                {
                    null => null,
                    JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
                    JsonValue v when v.TryGetValue<long>(out var l) => l,
                    JsonValue v => v.GetValue<double>(),
                    _ => throw new FormatException("Unexpected cursor value."),
                });
            }

            return new ContentCursor(values, array[expectedKeys]!.GetValue<long>());
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}

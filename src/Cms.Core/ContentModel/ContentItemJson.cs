using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Core.ContentModel;

/// <summary>
/// Reads and writes content items exactly as Orchard Core's converter does: metadata first in a fixed
/// order (nulls written), then the parts; on read metadata names are case-sensitive, wrongly typed
/// metadata becomes null/false, and top-level scalars that are not metadata are dropped.
/// </summary>
public static class ContentItemJson
{
    private static readonly HashSet<string> MetadataNames =
    [
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published",
        "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author",
    ];

    public static bool IsMetadataName(string name) => MetadataNames.Contains(name);

    // Only what JSON itself requires is escaped: the stored and exported JSON is never pasted into a page, and HTML
    // bodies written as \u003Cp\u003E would cost six bytes per angle bracket to store and to read back.
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions IndentedOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Serialize(ContentItem item, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedOptions : CompactOptions))
        {
            Write(writer, item);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static JsonObject ToJsonObject(ContentItem item) =>
        (JsonObject)JsonNode.Parse(Serialize(item))!;

    public static void Write(Utf8JsonWriter writer, ContentItem item)
    {
        writer.WriteStartObject();
        writer.WriteString("ContentItemId", item.ContentItemId);
        writer.WriteString("ContentItemVersionId", item.ContentItemVersionId);
        writer.WriteString("ContentType", item.ContentType);
        WriteNullableString(writer, "DisplayText", item.DisplayText);
        writer.WriteBoolean("Latest", item.Latest);
        writer.WriteBoolean("Published", item.Published);
        WriteDate(writer, "ModifiedUtc", item.ModifiedUtc);
        WriteDate(writer, "PublishedUtc", item.PublishedUtc);
        WriteDate(writer, "CreatedUtc", item.CreatedUtc);
        WriteNullableString(writer, "Owner", item.Owner);
        WriteNullableString(writer, "Author", item.Author);
        foreach (var (name, value) in item.Content)
        {
            if (IsMetadataName(name))
            {
                continue;
            }

            writer.WritePropertyName(name);
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static readonly JsonDocumentOptions ReadOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ContentItem Parse(string json) => Adopt(JsonNode.Parse(json, documentOptions: ReadOptions));

    /// <summary>Reads an item from UTF-8 JSON (as stored), without a round trip through a UTF-16 string.</summary>
    public static ContentItem Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            CommentHandling = ReadOptions.CommentHandling,
            AllowTrailingCommas = ReadOptions.AllowTrailingCommas,
        });
        return Adopt(JsonNode.Parse(ref reader));
    }

    /// <summary>
    /// An item from a freshly parsed object that nobody else holds: its parts are moved, not cloned, so they stay
    /// unparsed views of the document until something reads them (a list that shows titles never builds bodies).
    /// </summary>
    internal static ContentItem Adopt(JsonNode? node)
    {
        if (node is not JsonObject obj)
        {
            throw new FormatException("A content item must be a JSON object.");
        }

        var item = ReadMetadata(obj);
        var parts = obj.Where(p => !IsMetadataName(p.Key) && p.Value is JsonObject or JsonArray).ToList();
        obj.Clear();
        foreach (var (name, value) in parts)
        {
            item.Content[name] = value;
        }

        return item;
    }

    /// <summary>Builds an item from a JSON object; the object's part values are deep-cloned.</summary>
    public static ContentItem FromJsonObject(JsonObject obj)
    {
        var item = ReadMetadata(obj);
        foreach (var (name, value) in obj)
        {
            if (!IsMetadataName(name) && value is JsonObject or JsonArray)
            {
                item.Content[name] = value.DeepClone();
            }
        }

        return item;
    }

    private static ContentItem ReadMetadata(JsonObject obj) =>
        new()
        {
            ContentItemId = ReadString(obj, "ContentItemId") ?? "",
            ContentItemVersionId = ReadString(obj, "ContentItemVersionId") ?? "",
            ContentType = ReadString(obj, "ContentType") ?? "",
            DisplayText = ReadString(obj, "DisplayText"),
            Latest = ReadBool(obj, "Latest"),
            Published = ReadBool(obj, "Published"),
            ModifiedUtc = ReadDate(obj, "ModifiedUtc"),
            PublishedUtc = ReadDate(obj, "PublishedUtc"),
            CreatedUtc = ReadDate(obj, "CreatedUtc"),
            Owner = ReadString(obj, "Owner"),
            Author = ReadString(obj, "Author"),
        };

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, DateTime.SpecifyKind(value.Value, DateTimeKind.Utc));
        }
    }

    private static string? ReadString(JsonObject obj, string name) =>
        obj.TryGetPropertyValue(name, out var value) && value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool ReadBool(JsonObject obj, string name) =>
        obj.TryGetPropertyValue(name, out var value) && value is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static DateTime? ReadDate(JsonObject obj, string name)
    {
        if (ReadString(obj, name) is not { } text)
        {
            return null;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
    }
}

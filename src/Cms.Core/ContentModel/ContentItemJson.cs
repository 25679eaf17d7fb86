using System.Globalization;
using System.Text;
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

    public static string Serialize(ContentItem item, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            Write(writer, item);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
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

    public static ContentItem Parse(string json)
    {
        var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        if (node is not JsonObject obj)
        {
            throw new FormatException("A content item must be a JSON object.");
        }

        return FromJsonObject(obj);
    }

    /// <summary>Builds an item from a JSON object; the object's part values are deep-cloned.</summary>
    public static ContentItem FromJsonObject(JsonObject obj)
    {
        var item = new ContentItem
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
        foreach (var (name, value) in obj)
        {
            if (!IsMetadataName(name) && value is JsonObject or JsonArray)
            {
                item.Content[name] = value.DeepClone();
            }
        }

        return item;
    }

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

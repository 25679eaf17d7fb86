using Cms.Core.ContentModel;
using Cms.Core.Indexing;
using Cms.Core.Storage;
using static Cms.Core.Storage.Tables;

namespace Cms.Tests.GraphQL;

/// <summary>
/// Writes part and field index rows for a stored item, standing in for the kinds' validator (not merged yet),
/// so filters on fields, paths and lists can be tested against the real index tables.
/// </summary>
internal static class TestIndexRows
{
    public static async Task WriteAsync(WriteSession session, ContentItem item, ContentIndexEntries entries)
    {
        var none = CancellationToken.None;
        var common = new List<(string, object?)>
        {
            ("@doc", item.DocumentId), ("@id", item.ContentItemId), ("@type", item.ContentType),
            ("@published", item.Published), ("@latest", item.Latest),
        };
        if (entries.RoutePath is { } path)
        {
            await session.ExecuteAsync($"INSERT INTO {AutoroutePartIndex} (DocumentId, ContentItemId, Path, Published, Latest) " +
                "VALUES (@doc, @id, @path, @published, @latest)", [.. common, ("@path", path)], none);
        }

        if (entries.Contained is { } contained)
        {
            await session.ExecuteAsync($"INSERT INTO {ContainedPartIndex} (DocumentId, ContentItemId, ListContentItemId, ListContentType, " +
                "ItemOrder, Published, Latest) VALUES (@doc, @id, @list, @listType, @order, @published, @latest)",
                [.. common, ("@list", contained.ListContentItemId), ("@listType", contained.ListContentType), ("@order", contained.Order)], none);
        }

        foreach (var value in entries.FieldValues)
        {
            var (table, column) = ForFieldValue(value.Kind);
            await session.ExecuteAsync($"INSERT INTO {table} (DocumentId, ContentItemId, ContentType, ContentPart, ContentField, " +
                $"Published, Latest, {column}) VALUES (@doc, @id, @type, @part, @field, @published, @latest, @value)",
                [.. common, ("@part", value.ContentPart), ("@field", value.ContentField), ("@value", value.Value)], none);
        }
    }
}

using Cms.Core.ContentModel;
using Cms.Core.Storage;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Indexing;

/// <summary>
/// Writes the index rows of one content item version. Every version has a ContentItemIndex row; the
/// part and field rows exist only for the published and latest versions, the ones queries look at.
/// </summary>
internal static class ContentIndexWriter
{
    public static IReadOnlyList<string> IndexTables { get; } =
    [
        ContentItemIndex, AutoroutePartIndex, AliasPartIndex, ContainedPartIndex, TaxonomyIndex, ContentPickerFieldIndex,
        TextFieldIndex, NumericFieldIndex, BooleanFieldIndex, DateFieldIndex, DateTimeFieldIndex, TimeFieldIndex,
    ];

    /// <summary>DisplayText longer than this is truncated in the index only, as Orchard does.</summary>
    private const int MaxDisplayTextLength = 255;

    public static async Task WriteAsync(SqlSession session, ContentItem item, ContentIndexEntries entries, CancellationToken cancellationToken)
    {
        var displayText = item.DisplayText is { Length: > MaxDisplayTextLength } text ? text[..MaxDisplayTextLength] : item.DisplayText;
        await session.ExecuteAsync(
            $"INSERT INTO {ContentItemIndex} (DocumentId, ContentItemId, ContentItemVersionId, ContentType, DisplayText, " +
            "Published, Latest, ModifiedUtc, PublishedUtc, CreatedUtc, Owner, Author) VALUES (@doc, @id, @version, @type, " +
            "@text, @published, @latest, @modified, @publishedUtc, @created, @owner, @author)",
            [
                ("@doc", item.DocumentId), ("@id", item.ContentItemId), ("@version", item.ContentItemVersionId),
                ("@type", item.ContentType), ("@text", displayText), ("@published", item.Published), ("@latest", item.Latest),
                ("@modified", item.ModifiedUtc), ("@publishedUtc", item.PublishedUtc), ("@created", item.CreatedUtc),
                ("@owner", item.Owner), ("@author", item.Author),
            ],
            cancellationToken);

        if (!item.Published && !item.Latest)
        {
            return;
        }

        var common = new List<(string, object?)>
        {
            ("@doc", item.DocumentId), ("@id", item.ContentItemId), ("@type", item.ContentType),
            ("@published", item.Published), ("@latest", item.Latest),
        };

        if (entries.RoutePath is { Length: > 0 } path)
        {
            await session.ExecuteAsync(
                $"INSERT INTO {AutoroutePartIndex} (DocumentId, ContentItemId, Path, Published, Latest) VALUES (@doc, @id, @path, @published, @latest)",
                [.. common, ("@path", path)], cancellationToken);
        }

        if (entries.Alias is { Length: > 0 } alias)
        {
            await session.ExecuteAsync(
                $"INSERT INTO {AliasPartIndex} (DocumentId, ContentItemId, Alias, Published, Latest) VALUES (@doc, @id, @alias, @published, @latest)",
                [.. common, ("@alias", alias.ToLowerInvariant())], cancellationToken);
        }

        if (entries.Contained is { } contained)
        {
            await session.ExecuteAsync(
                $"INSERT INTO {ContainedPartIndex} (DocumentId, ContentItemId, ListContentItemId, ListContentType, ItemOrder, Published, Latest) " +
                "VALUES (@doc, @id, @list, @listType, @order, @published, @latest)",
                [.. common, ("@list", contained.ListContentItemId), ("@listType", contained.ListContentType), ("@order", contained.Order)],
                cancellationToken);
        }

        foreach (var term in entries.Taxonomies)
        {
            await session.ExecuteAsync(
                $"INSERT INTO {TaxonomyIndex} (DocumentId, ContentItemId, ContentType, ContentPart, ContentField, TaxonomyContentItemId, " +
                "TermContentItemId, Published, Latest) VALUES (@doc, @id, @type, @part, @field, @taxonomy, @term, @published, @latest)",
                [.. common, ("@part", term.ContentPart), ("@field", term.ContentField), ("@taxonomy", term.TaxonomyContentItemId),
                    ("@term", term.TermContentItemId)],
                cancellationToken);
        }

        foreach (var picked in entries.ContentPickers)
        {
            await session.ExecuteAsync(
                $"INSERT INTO {ContentPickerFieldIndex} (DocumentId, ContentItemId, ContentType, ContentPart, ContentField, " +
                "SelectedContentItemId, Published, Latest) VALUES (@doc, @id, @type, @part, @field, @selected, @published, @latest)",
                [.. common, ("@part", picked.ContentPart), ("@field", picked.ContentField), ("@selected", picked.SelectedContentItemId)],
                cancellationToken);
        }

        foreach (var value in entries.FieldValues)
        {
            await session.ExecuteAsync(
                FieldValueInserts[value.Kind],
                [.. common, ("@part", value.ContentPart), ("@field", value.ContentField), ("@value", value.Value)],
                cancellationToken);
        }
    }

    // Built once: the write session reuses a compiled statement per SQL text, so the text must not be rebuilt per row.
    private static readonly Dictionary<FieldValueKind, string> FieldValueInserts = FieldValueKinds.ToDictionary(kind => kind, kind =>
    {
        var (table, column) = ForFieldValue(kind);
        return $"INSERT INTO {table} (DocumentId, ContentItemId, ContentType, ContentPart, ContentField, Published, Latest, {column}) " +
            "VALUES (@doc, @id, @type, @part, @field, @published, @latest, @value)";
    });
}

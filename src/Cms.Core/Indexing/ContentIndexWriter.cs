using Cms.Core.ContentModel;
using Cms.Core.Storage;
using static Cms.Core.Storage.Tables;

namespace Cms.Core.Indexing;

/// <summary>
/// Writes the index rows of content item versions. Every version has a ContentItemIndex row; the part and
/// field rows exist only for the published and latest versions, the ones queries look at.
/// </summary>
internal static class ContentIndexWriter
{
    public static IReadOnlyList<string> IndexTables { get; } =
    [
        ContentItemIndex, AutoroutePartIndex, AliasPartIndex, ContainedPartIndex, TaxonomyIndex, ContentPickerFieldIndex,
        TextFieldIndex, NumericFieldIndex, BooleanFieldIndex, DateFieldIndex, DateTimeFieldIndex, TimeFieldIndex, ContentScheduleIndex,
        LocalizedContentItemIndex,
    ];

    /// <summary>DisplayText longer than this is truncated in the index only, as Orchard does.</summary>
    private const int MaxDisplayTextLength = 255;

    private const string ItemColumns = "DocumentId, ContentItemId, ContentItemVersionId, ContentType, DisplayText, " +
        "Published, Latest, ModifiedUtc, PublishedUtc, CreatedUtc, Owner, Author, DocumentVersion";

    private const string FieldColumns = "DocumentId, ContentItemId, ContentType, ContentPart, ContentField, Published, Latest, ";

    private static readonly Dictionary<FieldValueKind, (string Table, string Columns)> FieldTables =
        FieldValueKinds.ToDictionary(kind => kind, kind => (ForFieldValue(kind).Table, FieldColumns + ForFieldValue(kind).Column));

    public static async Task WriteAsync(SqlSession session, ContentItem item, ContentIndexEntries entries, CancellationToken cancellationToken)
    {
        var rows = new ContentIndexRows();
        Add(rows, item, entries);
        await rows.InsertAsync(session, cancellationToken);
    }

    /// <summary>Adds the version's rows (it must be stored: its DocumentId and DocumentVersion are set).</summary>
    public static void Add(ContentIndexRows rows, ContentItem item, ContentIndexEntries entries)
    {
        var displayText = item.DisplayText is { Length: > MaxDisplayTextLength } text ? text[..MaxDisplayTextLength] : item.DisplayText;
        rows.Add(ContentItemIndex, ItemColumns, 13, item.DocumentId, item.ContentItemId, item.ContentItemVersionId, item.ContentType,
            displayText, item.Published, item.Latest, item.ModifiedUtc, item.PublishedUtc, item.CreatedUtc, item.Owner, item.Author,
            item.DocumentVersion);
        if (!item.Published && !item.Latest)
        {
            return;
        }

        var (doc, id, type, published, latest) = (item.DocumentId, item.ContentItemId, item.ContentType, item.Published, item.Latest);
        if (entries.RoutePath is { Length: > 0 } path)
        {
            rows.Add(AutoroutePartIndex, "DocumentId, ContentItemId, Path, Published, Latest", 5, doc, id, path, published, latest);
        }

        if (entries.Alias is { Length: > 0 } alias)
        {
            rows.Add(AliasPartIndex, "DocumentId, ContentItemId, Alias, Published, Latest", 5, doc, id, alias.ToLowerInvariant(), published, latest);
        }

        if (entries.Contained is { } contained)
        {
            rows.Add(ContainedPartIndex, "DocumentId, ContentItemId, ListContentItemId, ListContentType, ItemOrder, Published, Latest", 7,
                doc, id, contained.ListContentItemId, contained.ListContentType, contained.Order, published, latest);
        }

        if (entries.Localization is { } localization)
        {
            rows.Add(LocalizedContentItemIndex, "DocumentId, ContentItemId, LocalizationSet, Culture, Published, Latest", 6,
                doc, id, localization.LocalizationSet, localization.Culture, published, latest);
        }

        foreach (var term in entries.Taxonomies)
        {
            rows.Add(TaxonomyIndex, "DocumentId, ContentItemId, ContentType, ContentPart, ContentField, TaxonomyContentItemId, " +
                "TermContentItemId, Published, Latest", 9,
                doc, id, type, term.ContentPart, term.ContentField, term.TaxonomyContentItemId, term.TermContentItemId, published, latest);
        }

        foreach (var picked in entries.ContentPickers)
        {
            rows.Add(ContentPickerFieldIndex, "DocumentId, ContentItemId, ContentType, ContentPart, ContentField, " +
                "SelectedContentItemId, Published, Latest", 8,
                doc, id, type, picked.ContentPart, picked.ContentField, picked.SelectedContentItemId, published, latest);
        }

        foreach (var schedule in entries.Schedules)
        {
            rows.Add(ContentScheduleIndex, "DocumentId, ContentItemId, ContentType, Action, ScheduledUtc, Published, Latest", 7,
                doc, id, type, schedule.Action.ToString(), schedule.ScheduledUtc, published, latest);
        }

        foreach (var value in entries.FieldValues)
        {
            var (table, columns) = FieldTables[value.Kind];
            rows.Add(table, columns, 8, doc, id, type, value.ContentPart, value.ContentField, published, latest, value.Value);
        }
    }
}

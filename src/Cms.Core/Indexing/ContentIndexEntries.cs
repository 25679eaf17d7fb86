namespace Cms.Core.Indexing;

/// <summary>The kind of value column a field index row fills.</summary>
public enum FieldValueKind
{
    Text,
    Numeric,
    Boolean,
    Date,
    DateTime,
    Time,
}

/// <summary>One field value for filtering and ordering. Value is string, decimal, bool, DateTime (Date/DateTime) or TimeSpan; null when empty.</summary>
public sealed record FieldValueIndexEntry(FieldValueKind Kind, string ContentPart, string ContentField, object? Value);

/// <summary>One selected item of a ContentPickerField, with the types the field allows (empty: any).</summary>
public sealed record ContentPickerIndexEntry(
    string ContentPart, string ContentField, string SelectedContentItemId, IReadOnlyList<string> AllowedContentTypes);

/// <summary>One term selected in a TaxonomyField.</summary>
public sealed record TaxonomyIndexEntry(
    string TaxonomyContentItemId, string ContentPart, string ContentField, string TermContentItemId);

/// <summary>The item's place in a list (ContainedPart).</summary>
public sealed record ContainedIndexEntry(string ListContentItemId, string? ListContentType, int Order);

/// <summary>The item's place among its translations (LocalizationPart).</summary>
public sealed record LocalizationIndexEntry(string LocalizationSet, string Culture);

/// <summary>Everything the part and field kinds derive from one item version for the index tables.</summary>
public sealed class ContentIndexEntries
{
    public List<FieldValueIndexEntry> FieldValues { get; } = [];
    public List<ContentPickerIndexEntry> ContentPickers { get; } = [];
    public List<TaxonomyIndexEntry> Taxonomies { get; } = [];

    /// <summary>The version's scheduled publish and archive times (PublishLaterPart, ArchiveLaterPart).</summary>
    public List<ScheduleIndexEntry> Schedules { get; } = [];

    /// <summary>The item's words for full-text search besides its display text: text, HTML and Markdown as plain text.</summary>
    public List<string> SearchBody { get; } = [];

    /// <summary>The route path (AutoroutePart), stored without a leading slash.</summary>
    public string? RoutePath { get; set; }

    /// <summary>The alias (AliasPart), stored lower-case.</summary>
    public string? Alias { get; set; }

    public ContainedIndexEntry? Contained { get; set; }

    /// <summary>The localization set and culture (LocalizationPart), when the item has a culture.</summary>
    public LocalizationIndexEntry? Localization { get; set; }
}

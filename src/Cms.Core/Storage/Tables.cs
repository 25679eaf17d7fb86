namespace Cms.Core.Storage;

/// <summary>Table names, identical on every database provider.</summary>
public static class Tables
{
    public const string SchemaVersion = "SchemaVersion";
    public const string Documents = "Documents";
    public const string ContentItemIndex = "ContentItemIndex";
    public const string AutoroutePartIndex = "AutoroutePartIndex";
    public const string AliasPartIndex = "AliasPartIndex";
    public const string ContainedPartIndex = "ContainedPartIndex";
    public const string TaxonomyIndex = "TaxonomyIndex";
    public const string ContentPickerFieldIndex = "ContentPickerFieldIndex";
    public const string TextFieldIndex = "TextFieldIndex";
    public const string NumericFieldIndex = "NumericFieldIndex";
    public const string BooleanFieldIndex = "BooleanFieldIndex";
    public const string DateFieldIndex = "DateFieldIndex";
    public const string DateTimeFieldIndex = "DateTimeFieldIndex";
    public const string TimeFieldIndex = "TimeFieldIndex";
    public const string LocalizedContentItemIndex = "LocalizedContentItemIndex";
    public const string UserIndex = "UserIndex";
    public const string Locks = "Locks";

    /// <summary>Scheduled publish and archive times of published and latest versions (PublishLaterPart, ArchiveLaterPart).</summary>
    public const string ContentScheduleIndex = "ContentScheduleIndex";

    /// <summary>The webhook outbox: one row per event and webhook, written with the change, then its delivery's state.</summary>
    public const string WebhookDeliveries = "WebhookDeliveries";

    /// <summary>Full-text search over English items and items without a culture: words stemmed, accents removed.</summary>
    public const string ContentSearchStemmed = "ContentSearchStemmed";

    /// <summary>Full-text search over items of other cultures: accents removed, words as written.</summary>
    public const string ContentSearchFolded = "ContentSearchFolded";

    /// <summary>One row counting committed write transactions: the store's version, for ETags and caches.</summary>
    public const string StoreVersion = "StoreVersion";

    /// <summary>
    /// One row counting committed write transactions that changed what content readers can see (everything but users):
    /// anonymous ETags key on it, so a sign-in does not invalidate every cached answer.
    /// </summary>
    public const string ContentVersion = "ContentVersion";

    /// <summary>The field index table and its value column for a kind of field value.</summary>
    public static (string Table, string Column) ForFieldValue(Indexing.FieldValueKind kind) => kind switch
    {
        Indexing.FieldValueKind.Text => (TextFieldIndex, "Text"),
        Indexing.FieldValueKind.Numeric => (NumericFieldIndex, "Numeric"),
        Indexing.FieldValueKind.Boolean => (BooleanFieldIndex, "Boolean"),
        Indexing.FieldValueKind.Date => (DateFieldIndex, "Date"),
        Indexing.FieldValueKind.DateTime => (DateTimeFieldIndex, "DateTime"),
        Indexing.FieldValueKind.Time => (TimeFieldIndex, "Time"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown field value kind."),
    };

    public static IReadOnlyList<Indexing.FieldValueKind> FieldValueKinds { get; } =
        Enum.GetValues<Indexing.FieldValueKind>();
}

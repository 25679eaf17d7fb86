namespace Cms.Core.Querying;

/// <summary>
/// A typed query over the index tables. Every condition and ordering is answered from an index table;
/// documents are read only for the page that is returned.
/// </summary>
public sealed class ContentQuery
{
    /// <summary>Types to include; empty means every type.</summary>
    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    public ContentStatus Status { get; init; } = ContentStatus.Published;

    /// <summary>Restricts to these item ids when set.</summary>
    public IReadOnlyCollection<string>? ContentItemIds { get; init; }

    public ContentFilter? Where { get; init; }

    /// <summary>
    /// Cultures in order of preference: of each localization set only the version in the first of these cultures that the
    /// set has at this status is kept, sets in none of them are left out, and items without a culture are always kept.
    /// Null means no culture is asked for.
    /// </summary>
    public IReadOnlyList<string>? Cultures { get; init; }

    /// <summary>Ordering keys; the document id always breaks ties. Empty means CreatedUtc descending (Orchard's default).</summary>
    public IReadOnlyList<ContentOrder> OrderBy { get; init; } = [];

    public int Skip { get; init; }

    public int? Take { get; init; }

    /// <summary>Keyset paging: only rows after this cursor (from <see cref="ContentCursor.From"/>).</summary>
    public ContentCursor? After { get; init; }

    public IReadOnlyList<ContentOrder> EffectiveOrder =>
        OrderBy.Count > 0 ? OrderBy : [new ContentOrder(ContentColumn.Metadata("CreatedUtc"), Descending: true)];
}

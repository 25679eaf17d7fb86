namespace Cms.Core.Trash;

/// <summary>
/// A deleted item waiting in the trash: what the trash page lists and what a restore needs. Its versions stay in the
/// store, flagged neither latest nor published, until the entry is restored or purged.
/// </summary>
public sealed class TrashEntry
{
    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    /// <summary>The version that was the latest when the item was deleted: a restore makes it the latest again.</summary>
    public string LatestVersionId { get; set; } = "";

    public bool WasPublished { get; set; }

    public string? Owner { get; set; }

    public string? DeletedBy { get; set; }

    public DateTime DeletedUtc { get; set; }
}

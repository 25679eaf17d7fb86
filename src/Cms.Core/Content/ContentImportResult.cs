namespace Cms.Core.Content;

/// <summary>What an import did with its items; conflicts and unknown owners are listed for the report.</summary>
public sealed record ContentImportResult(int Created, int Updated, int Unchanged, int Duplicates)
{
    /// <summary>Conflicting items skipped to keep this site's newer version (<see cref="ContentConflictMode.Target"/>).</summary>
    public int Kept { get; init; }

    /// <summary>Items modified here after their imported copy, whichever side won.</summary>
    public IReadOnlyList<ContentImportConflict> Conflicts { get; init; } = [];

    /// <summary>Owners that name no user of this site, kept as written.</summary>
    public IReadOnlyList<ContentUnknownOwner> UnknownOwners { get; init; } = [];

    public int Total => Created + Updated + Unchanged + Duplicates + Kept;

    /// <summary>Equal counts, conflicts and unknown owners (the lists by their items, not by reference).</summary>
    public bool Equals(ContentImportResult? other) =>
        other is not null
        && (Created, Updated, Unchanged, Duplicates, Kept) == (other.Created, other.Updated, other.Unchanged, other.Duplicates, other.Kept)
        && Conflicts.SequenceEqual(other.Conflicts)
        && UnknownOwners.SequenceEqual(other.UnknownOwners);

    public override int GetHashCode() => HashCode.Combine(Created, Updated, Unchanged, Duplicates, Kept, Conflicts.Count, UnknownOwners.Count);
}

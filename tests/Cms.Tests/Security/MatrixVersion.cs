namespace Cms.Tests.Security;

/// <summary>One stored version of a <see cref="MatrixItem"/>: its id, its marker (the display text), the
/// markers stored inside it (bag items, terms) and whether it is the published one.</summary>
internal sealed record MatrixVersion(string ContentItemVersionId, string Marker, IReadOnlyList<string> Inside, bool Published)
{
    /// <summary>What a response carrying the whole version (REST, the admin's version view) shows.</summary>
    public IEnumerable<string> Whole => Inside.Prepend(Marker);
}

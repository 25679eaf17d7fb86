namespace Cms.Tests.Security;

/// <summary>A seeded item of the matrix site with its versions, oldest first; each version's title is a unique marker.</summary>
internal sealed record MatrixItem(string ContentItemId, string ContentType, string OwnerId, IReadOnlyList<MatrixVersion> Versions)
{
    public MatrixVersion? PublishedVersion => Versions.LastOrDefault(v => v.Published);

    public MatrixVersion LatestVersion => Versions[^1];
}

namespace Cms.Core.Backup;

/// <summary>What <see cref="SiteVerifier.VerifyAsync"/> looked at and found.</summary>
public sealed record VerifyResult(int SchemaVersion, int VersionsChecked, int MediaReferencesChecked, IReadOnlyList<SiteProblem> Problems);

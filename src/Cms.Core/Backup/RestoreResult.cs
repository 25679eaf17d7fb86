namespace Cms.Core.Backup;

/// <summary>What <see cref="SiteRestore.RestoreAsync"/> put in place; <paramref name="Replaced"/> when a site was there before.</summary>
public sealed record RestoreResult(string DataPath, BackupManifest Manifest, bool Replaced);

namespace Cms.Core.Backup;

/// <summary>What <see cref="SiteBackup.CreateAsync"/> wrote; <paramref name="Vanished"/> lists files deleted while it ran.</summary>
public sealed record BackupResult(string ArchivePath, long ArchiveSize, BackupManifest Manifest, IReadOnlyList<string> Vanished);

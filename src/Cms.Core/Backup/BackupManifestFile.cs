namespace Cms.Core.Backup;

/// <summary>One archive entry: its path relative to the data folder ('/'-separated), its size and its SHA-256 (hex).</summary>
public sealed record BackupManifestFile(string Path, long Size, string Sha256);

using System.IO.Compression;
using System.Security.Cryptography;
using Cms.Core.Storage.Sqlite;

namespace Cms.Core.Backup;

/// <summary>
/// Restores a backup archive into a data folder. Everything is unpacked and checked first, beside the target: every
/// entry against the manifest's size and SHA-256, no entry missing or unlisted, the database's integrity. Only then is
/// the folder put in place, so a damaged or edited archive leaves the target as it was.
/// </summary>
public static class SiteRestore
{
    /// <param name="archiveFile">A zip written by <see cref="SiteBackup.CreateAsync"/>.</param>
    /// <param name="targetFolder">The data folder to fill; what it held is replaced (the caller decides whether it may be).</param>
    /// <param name="latestSchemaVersion">This version's schema: an archive from a newer version is refused.</param>
    /// <param name="cancellationToken">Stops the restore before the target is touched.</param>
    public static async Task<RestoreResult> RestoreAsync(string archiveFile, string targetFolder, int latestSchemaVersion,
        CancellationToken cancellationToken)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetFolder));
        var parent = Path.GetDirectoryName(target) ?? throw new BackupException($"'{target}' cannot be a data folder.");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.restoring-{Guid.NewGuid():n}");
        try
        {
            var manifest = await UnpackAsync(archiveFile, staging, latestSchemaVersion, cancellationToken);
            var replaced = SwapIn(staging, target);
            return new RestoreResult(target, manifest, replaced);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static async Task<BackupManifest> UnpackAsync(string archiveFile, string staging, int latestSchemaVersion, CancellationToken cancellationToken)
    {
        using var zip = OpenArchive(archiveFile);
        var manifest = BackupManifest.Parse(await ReadManifestAsync(zip, cancellationToken));
        if (manifest.SchemaVersion > latestSchemaVersion)
        {
            throw new BackupException(
                $"The archive was made at schema version {manifest.SchemaVersion}; this version of Cms knows up to {latestSchemaVersion}. Restore it with the newer version.");
        }

        var listed = manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        if (zip.Entries.FirstOrDefault(e => e.FullName != BackupManifest.EntryName && !listed.Contains(e.FullName)) is { } extra)
        {
            throw new BackupException($"The archive holds '{extra.FullName}', which its manifest does not list: it was changed after the backup.");
        }

        if (!listed.Contains(SiteBackup.DatabaseEntry))
        {
            throw new BackupException($"The archive's manifest lists no {SiteBackup.DatabaseEntry}.");
        }

        foreach (var file in manifest.Files)
        {
            await ExtractAsync(zip, file, staging, cancellationToken);
        }

        var problems = await SqliteBackup.IntegrityCheckAsync(Path.Combine(staging, SiteBackup.DatabaseEntry), cancellationToken);
        return problems.Count == 0
            ? manifest
            : throw new BackupException($"The archive's database fails SQLite's integrity check: {string.Join("; ", problems.Take(5))}");
    }

    private static ZipArchive OpenArchive(string archiveFile)
    {
        try
        {
            return ZipFile.OpenRead(archiveFile);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new BackupException($"'{Path.GetFullPath(archiveFile)}' cannot be read as a backup archive: {exception.Message}", exception);
        }
    }

    private static async Task<string> ReadManifestAsync(ZipArchive zip, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName)
            ?? throw new BackupException($"The archive holds no {BackupManifest.EntryName}: it is not a Cms backup.");
        using var reader = new StreamReader(entry.Open());
        return await reader.ReadToEndAsync(cancellationToken);
    }

    /// <summary>Writes one entry under the staging folder, checking its path, size and hash against the manifest.</summary>
    private static async Task ExtractAsync(ZipArchive zip, BackupManifestFile file, string staging, CancellationToken cancellationToken)
    {
        var destination = Path.GetFullPath(Path.Combine(staging, file.Path));
        if (Path.IsPathRooted(file.Path) || !destination.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new BackupException($"The manifest lists '{file.Path}', a path outside the data folder.");
        }

        var entry = zip.GetEntry(file.Path) ?? throw new BackupException($"The archive lacks '{file.Path}', which its manifest lists.");
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        await using (var source = entry.Open())
        await using (var target = File.Create(destination))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }
        }

        var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        if (size != file.Size || !string.Equals(sha256, file.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupException(
                $"'{file.Path}' in the archive does not match its manifest (size {size}, SHA-256 {sha256}; expected {file.Size}, {file.Sha256}): the archive is damaged or was changed.");
        }
    }

    /// <summary>Moves the checked folder into place; a folder already there is moved aside first and deleted after.</summary>
    private static bool SwapIn(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return false;
        }

        var aside = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.replaced-{Guid.NewGuid():n}");
        var replaced = Directory.EnumerateFileSystemEntries(target).Any();
        Directory.Move(target, aside);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(aside, target);
            throw;
        }

        Directory.Delete(aside, recursive: true);
        return replaced;
    }
}

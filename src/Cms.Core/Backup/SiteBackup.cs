using System.IO.Compression;
using System.Security.Cryptography;
using Cms.Core.Storage.Sqlite;

namespace Cms.Core.Backup;

/// <summary>
/// Writes a site's backup archive (zip): a consistent snapshot of the database as <c>cms.db</c>, every other file of the
/// data folder a site needs (media, data-protection keys), and <c>manifest.json</c>. The database is copied first and the
/// files after, so an upload saved with an item during the backup is in the archive whenever the item is.
/// </summary>
public static class SiteBackup
{
    public const string DatabaseEntry = "cms.db";

    /// <param name="dataFolder">The site's data folder.</param>
    /// <param name="databaseFile">The database in it; its journal files are never copied (the snapshot covers them).</param>
    /// <param name="rebuiltFolders">Folders left out because the site rebuilds them (resized images).</param>
    /// <param name="outputFile">The archive to write; it appears only once complete.</param>
    /// <param name="clock">For the manifest's creation time.</param>
    /// <param name="cancellationToken">Stops the backup; nothing is left behind.</param>
    public static async Task<BackupResult> CreateAsync(string dataFolder, string databaseFile, IReadOnlyCollection<string> rebuiltFolders,
        string outputFile, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var output = Path.GetFullPath(outputFile);
        var partial = output + $".{Guid.NewGuid():n}.partial";
        var snapshot = partial + ".db";
        try
        {
            var created = clock.GetUtcNow();
            await SqliteBackup.SnapshotAsync(databaseFile, snapshot, cancellationToken);
            var header = new BackupManifest
            {
                Provider = "Sqlite",
                SchemaVersion = await SqliteBackup.SchemaVersionAsync(snapshot, cancellationToken),
                CreatedUtc = created,
            };
            var leftOut = new HashSet<string>(rebuiltFolders.Select(Path.GetFullPath), StringComparer.Ordinal);
            var siteFiles = SiteFiles(dataFolder, databaseFile, leftOut, output)
                .Select(file => (file, Path.GetRelativePath(dataFolder, file).Replace(Path.DirectorySeparatorChar, '/')));
            var (manifest, vanished) = await WriteArchiveAsync(partial, snapshot, siteFiles, header, cancellationToken);

            // Never over another backup: the verb refuses an existing --out, and one made meanwhile is kept.
            File.Move(partial, output, overwrite: false);
            return new BackupResult(output, new FileInfo(output).Length, manifest, vanished);
        }
        finally
        {
            File.Delete(snapshot);
            File.Delete(partial);
        }
    }

    /// <summary>The zip: the snapshot, then each file (those deleted meanwhile are returned), then the manifest listing them.</summary>
    private static async Task<(BackupManifest Manifest, List<string> Vanished)> WriteArchiveAsync(string archive, string snapshot,
        IEnumerable<(string File, string Entry)> siteFiles, BackupManifest header, CancellationToken cancellationToken)
    {
        var files = new List<BackupManifestFile>();
        var vanished = new List<string>();
        using var zip = new ZipArchive(File.Create(archive), ZipArchiveMode.Create);
        files.Add(await AddAsync(zip, snapshot, DatabaseEntry, cancellationToken)
            ?? throw new BackupException($"The snapshot '{snapshot}' disappeared while it was archived."));
        foreach (var (file, entry) in siteFiles)
        {
            if (await AddAsync(zip, file, entry, cancellationToken) is { } added)
            {
                files.Add(added);
            }
            else
            {
                vanished.Add(entry);
            }
        }

        var manifest = header with { Files = files };
        await using var writer = new StreamWriter(zip.CreateEntry(BackupManifest.EntryName).Open());
        await writer.WriteAsync(manifest.ToJson());
        return (manifest, vanished);
    }

    /// <summary>Every file of the data folder but the live database, rebuilt folders, stray probes and the archive itself.</summary>
    private static IEnumerable<string> SiteFiles(string dataFolder, string databaseFile, HashSet<string> leftOut, string archive)
    {
        var database = Path.GetFullPath(databaseFile);
        string[] skipped = [database, database + "-wal", database + "-shm", database + "-journal", archive];
        var pending = new Stack<string>([Path.GetFullPath(dataFolder)]);
        while (pending.TryPop(out var folder))
        {
            foreach (var sub in Directory.EnumerateDirectories(folder).Where(d => !leftOut.Contains(d)).OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(sub);
            }

            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                if (!skipped.Contains(file, StringComparer.Ordinal) && !Path.GetFileName(file).StartsWith(".write-probe-", StringComparison.Ordinal)
                    && !file.StartsWith(archive + ".", StringComparison.Ordinal))
                {
                    yield return file;
                }
            }
        }
    }

    /// <summary>Copies one file into the archive, hashing what it copies; null when the file was deleted meanwhile.</summary>
    private static async Task<BackupManifestFile?> AddAsync(ZipArchive zip, string file, string entryName, CancellationToken cancellationToken)
    {
        FileStream source;
        try
        {
            source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        await using (source)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using var target = zip.CreateEntry(entryName, CompressionLevel.Fastest).Open();
            var buffer = new byte[81920];
            long size = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }

            return new BackupManifestFile(entryName, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
    }
}

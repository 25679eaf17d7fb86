using System.Globalization;
using Cms.Core.Backup;

namespace Cms.Web.Cli;

/// <summary>Prints the results of <c>backup</c>, <c>restore</c> and <c>verify</c> for people (the results themselves are data).</summary>
internal static class SiteBackupReport
{
    public static void Write(BackupResult result, string dataFolder, TextWriter output)
    {
        var files = result.Manifest.Files;
        var media = files.Count(f => f.Path.StartsWith("media/", StringComparison.Ordinal));
        output.WriteLine($"Backed up '{dataFolder}' to '{result.ArchivePath}' ({Size(result.ArchiveSize)}).");
        output.WriteLine($"  database: {Size(files[0].Size)} at schema version {result.Manifest.SchemaVersion}, a snapshot as of one commit");
        output.WriteLine($"  media: {media} files; other files (keys): {files.Count - 1 - media}");
        foreach (var path in result.Vanished)
        {
            output.WriteLine($"  not included, deleted while the backup ran: {path}");
        }
    }

    public static void Write(RestoreResult result, string archive, int latestSchemaVersion, TextWriter output)
    {
        var manifest = result.Manifest;
        output.WriteLine($"Restored '{archive}' (made {manifest.CreatedUtc.UtcDateTime.ToString("u", CultureInfo.InvariantCulture)}, " +
            $"{manifest.Files.Count} files, every hash checked) into '{result.DataPath}'{(result.Replaced ? ", replacing what it held" : "")}.");
        if (manifest.SchemaVersion < latestSchemaVersion)
        {
            output.WriteLine($"  Its database is at schema version {manifest.SchemaVersion}; the server migrates it to {latestSchemaVersion} when it next starts.");
        }

        output.WriteLine($"  Check it with: verify --data-path {result.DataPath}");
    }

    public static void Write(VerifyResult result, string dataFolder, int latestSchemaVersion, TextWriter output)
    {
        foreach (var problem in result.Problems)
        {
            output.WriteLine($"  [{problem.Check}] {problem.ContentItemId ?? "-"}: {problem.Message}");
        }

        var schema = result.SchemaVersion == latestSchemaVersion
            ? $"schema version {result.SchemaVersion}"
            : $"schema version {result.SchemaVersion} (this version migrates it to {latestSchemaVersion} on the next start)";
        output.WriteLine($"Verified '{dataFolder}' at {schema}: {result.VersionsChecked} item versions, " +
            $"{result.MediaReferencesChecked} media references; {(result.Problems.Count == 0 ? "no problems" : $"{result.Problems.Count} problem(s)")}.");
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => $"{bytes / 1024.0:F1} KB",
        _ => $"{bytes / (1024.0 * 1024):F1} MB",
    };
}

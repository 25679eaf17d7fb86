using System.CommandLine;
using Cms.Core.Backup;
using Cms.Web.Hosting;

namespace Cms.Web.Cli;

/// <summary>
/// <c>backup --out FILE</c>: one archive with a consistent snapshot of the database (taken while the server runs and
/// writes), the media and the data-protection keys. It never takes the write lock and never migrates.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(VerbContext context)
    {
        var output = new Option<string>("--out") { Description = "The archive to write (a zip); it must not exist yet.", HelpName = "FILE", Required = true };
        var command = new Command("backup", "Back the site up into one archive while it runs: database snapshot, media, keys.") { output };
        command.SetAction(parse => VerbRun.GuardAsync(context, () => RunAsync(context, parse.GetValue(context.DataPath), parse.GetRequiredValue(output))));
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, string? dataPath, string output)
    {
        var folder = VerbHost.FindFolder(context, dataPath, requireSite: true);
        var archive = Path.GetFullPath(output);
        if (File.Exists(archive) || Directory.Exists(archive))
        {
            throw new CommandLineException($"--out: '{archive}' exists already; name a new file (a backup never overwrites another).");
        }

        if (Path.GetDirectoryName(archive) is { } parent && !Directory.Exists(parent))
        {
            throw new CommandLineException($"--out: the folder '{parent}' does not exist.");
        }

        var result = await SiteBackup.CreateAsync(folder, DataFolder.DatabaseFileIn(folder), [Path.Combine(folder, DataFolder.MediaCacheFolderName)],
            archive, TimeProvider.System, CancellationToken.None);
        SiteBackupReport.Write(result, folder, context.Output);
        context.Report.Result["archive"] = result.ArchivePath;
        context.Report.Result["archiveBytes"] = result.ArchiveSize;
        context.Report.Result["schemaVersion"] = result.Manifest.SchemaVersion;
        context.Report.Result["files"] = result.Manifest.Files.Count;
        return 0;
    }
}

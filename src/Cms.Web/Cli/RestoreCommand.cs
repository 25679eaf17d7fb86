using System.CommandLine;
using Cms.Core.Backup;
using Cms.Core.Storage;
using Cms.Core.Storage.Sqlite;
using Cms.Web.Hosting;

namespace Cms.Web.Cli;

/// <summary>
/// <c>restore FILE --data-path DIR</c>: puts a backup archive in place as a site's data folder. The archive is checked
/// whole (manifest hashes, database integrity) before the folder is touched; a folder that holds anything is replaced
/// only with <c>--force</c>.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(VerbContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A backup archive written by 'backup'." };
        var force = new Option<bool>("--force") { Description = "Replace what the data folder holds (stop the server that uses it first)." };
        var command = new Command("restore", "Restore a backup archive into a data folder.") { file, force };
        command.SetAction(parse => VerbRun.GuardAsync(context, () =>
            RunAsync(context, parse.GetValue(context.DataPath), parse.GetRequiredValue(file), parse.GetValue(force))));
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, string? dataPath, string file, bool force)
    {
        var archive = Path.GetFullPath(file);
        if (!File.Exists(archive))
        {
            throw new CommandLineException($"The archive '{archive}' does not exist.");
        }

        var folder = VerbHost.FindFolder(context, dataPath, requireSite: false);
        if (!force && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new CommandLineException(
                $"The data folder '{folder}' is not empty. Restore into a new folder, or add --force to replace what it holds (stop its server first).");
        }

        using var dialect = new SqliteDialect(DataFolder.DatabaseFileIn(folder));
        var latest = SchemaMigrations.Latest(dialect);
        try
        {
            var result = await SiteRestore.RestoreAsync(archive, folder, latest, CancellationToken.None);
            SiteBackupReport.Write(result, archive, latest, context.Output);
            context.Report.Result["archive"] = archive;
            context.Report.Result["schemaVersion"] = result.Manifest.SchemaVersion;
            context.Report.Result["files"] = result.Manifest.Files.Count;
            context.Report.Result["replaced"] = result.Replaced;
            return 0;
        }
        catch (BackupException exception)
        {
            return VerbRun.Fail(context, new VerbError(VerbError.Failed, $"Not restored, '{folder}' was left as it was: {exception.Message}"));
        }
    }
}

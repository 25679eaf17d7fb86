using System.CommandLine;
using System.Text.Json.Nodes;
using Cms.Core.Backup;
using Cms.Core.ContentModel;
using Cms.Core.Media;
using Cms.Core.Storage;
using Cms.Web.Hosting;

namespace Cms.Web.Cli;

/// <summary>
/// <c>verify</c>: the database's integrity, index rows against documents, and media that live items refer to. Prints every
/// problem with its item id and exits 1 when there is any. Read-only: it neither migrates nor takes the write lock.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(VerbContext context)
    {
        var command = new Command("verify", "Check the site's data: database integrity, index rows, referenced media.");
        command.SetAction(parse => VerbRun.GuardAsync(context, () => RunAsync(context, parse.GetValue(context.DataPath))));
        return command;
    }

    private static async Task<int> RunAsync(VerbContext context, string? dataPath)
    {
        await using var app = await VerbHost.OpenAsync(context, dataPath, requireSite: true, migrate: false);
        var folder = app.Services.GetRequiredService<DataFolder>();
        var verifier = new SiteVerifier(app.Services.GetRequiredService<DocumentStore>(), app.Services.GetRequiredService<ContentKindCatalog>());
        var result = await verifier.VerifyAsync(folder.DatabaseFile, app.Services.GetRequiredService<MediaStore>(), CancellationToken.None);
        SiteBackupReport.Write(result, folder.Path, SchemaMigrations.Latest(app.Services.GetRequiredService<ISqlDialect>()), context.Output);
        context.Report.Result["schemaVersion"] = result.SchemaVersion;
        context.Report.Result["versionsChecked"] = result.VersionsChecked;
        context.Report.Result["mediaReferencesChecked"] = result.MediaReferencesChecked;
        context.Report.Result["problems"] = new JsonArray([.. result.Problems.Select(p => (JsonNode)new JsonObject
        {
            ["check"] = p.Check,
            ["contentItemId"] = p.ContentItemId,
            ["message"] = p.Message,
        })]);
        if (result.Problems.Count == 0)
        {
            return 0;
        }

        context.Report.Error = new VerbError(VerbError.Failed, $"verify found {result.Problems.Count} problem(s); they are listed in result.problems.");
        return VerbRun.Failed;
    }
}

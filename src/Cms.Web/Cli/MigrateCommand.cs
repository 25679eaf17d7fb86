using System.CommandLine;
using Cms.Core.Storage;

namespace Cms.Web.Cli;

/// <summary>
/// <c>migrate</c>: brings a site's store to this version's schema, and says from which version to which. The server and
/// the verbs that write migrate on their own too; the verbs that only read wait for this one.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create(VerbContext context)
    {
        var command = new Command("migrate", "Migrate the site's store to this version's schema (verbs that only read, like export, ask for it).");
        command.SetAction(parse => VerbRun.GuardAsync(context, async () =>
        {
            await using var app = await VerbHost.OpenAsync(context, parse.GetValue(context.DataPath), requireSite: true);
            var latest = SchemaMigrations.Latest(app.Services.GetRequiredService<DocumentStore>().Dialect);
            context.Report.Result["schema"] = latest;
            if (context.Report.Migration is null)
            {
                context.Say($"Store is at schema {latest} already; nothing to migrate.");
            }

            return 0;
        }));
        return command;
    }
}

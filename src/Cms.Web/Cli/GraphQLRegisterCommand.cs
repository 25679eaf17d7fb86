using System.CommandLine;
using Cms.Core.Storage;
using Cms.GraphQL.Persisted;

namespace Cms.Web.Cli;

/// <summary>
/// <c>graphql register FILE</c>: stores a manifest's operations as trusted documents (what
/// <c>Cms:GraphQL:PersistedOnly</c> lets run). Idempotent; every problem is printed naming its entry, and then nothing
/// is stored.
/// </summary>
internal static class GraphQLRegisterCommand
{
    public static Command Create(VerbContext context)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "A manifest: a flat { \"<id>\": \"<query text>\" } object or an apollo-persisted-query-manifest (version 1).",
        };
        var register = new Command("register", "Register a manifest's operations as trusted documents.") { file };
        register.SetAction(parse => VerbRun.GuardAsync(context, () => RunAsync(context, parse.GetValue(context.DataPath), parse.GetRequiredValue(file))));
        return new Command("graphql", "GraphQL: register trusted documents (what Cms:GraphQL:PersistedOnly lets run).") { register };
    }

    /// <summary>Writes (trusted documents), so an older store is migrated first and the verb says so.</summary>
    private static async Task<int> RunAsync(VerbContext context, string? dataPath, string file)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new CommandLineException($"The manifest '{path}' does not exist.");
        }

        var (entries, problems) = PersistedQueryManifest.Parse(await File.ReadAllTextAsync(path));
        if (problems.Count > 0)
        {
            return Fail(context, problems);
        }

        await using var app = await VerbHost.OpenAsync(context, dataPath, requireSite: true);
        var registration = await app.Services.GetRequiredService<PersistedQueryStore>().RegisterTrustedAsync(
            [.. entries.Select(e => ((IReadOnlyList<string>)e.Keys, e.Query))], CancellationToken.None);
        if (registration.Conflicts.Count > 0)
        {
            return Fail(context, [.. registration.Conflicts.Select(i =>
                $"{entries[i].Name}: its id is registered already with another query text (an id names one text forever).")]);
        }

        context.Report.Result["file"] = path;
        context.Report.Result["operations"] = entries.Count;
        context.Report.Result["registered"] = registration.Registered;
        context.Report.Result["unchanged"] = registration.Unchanged;
        context.Say($"Registered {registration.Registered}, unchanged {registration.Unchanged} ({entries.Count} operations in {path}).");
        return 0;
    }

    /// <summary>Every problem, one per line (and one per entry of the report's <c>error.details</c>); nothing was stored.</summary>
    private static int Fail(VerbContext context, IReadOnlyList<string> problems) =>
        VerbRun.Fail(context, new VerbError(VerbError.Failed, "Nothing was registered.") { Details = problems });
}

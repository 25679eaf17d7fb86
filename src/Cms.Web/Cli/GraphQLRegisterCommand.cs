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

    private static async Task<int> RunAsync(VerbContext context, string? dataPath, string file)
    {
        var output = context.Output;
        var errors = context.Errors;
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new CommandLineException($"The manifest '{path}' does not exist.");
        }

        var (entries, problems) = PersistedQueryManifest.Parse(await File.ReadAllTextAsync(path));
        if (problems.Count > 0)
        {
            return Fail(problems, errors);
        }

        await using var app = await VerbHost.OpenAsync(context, dataPath, requireSite: true);
        var registration = await app.Services.GetRequiredService<PersistedQueryStore>().RegisterTrustedAsync(
            [.. entries.Select(e => ((IReadOnlyList<string>)e.Keys, e.Query))], CancellationToken.None);
        if (registration.Conflicts.Count > 0)
        {
            return Fail([.. registration.Conflicts.Select(i =>
                $"{entries[i].Name}: its id is registered already with another query text (an id names one text forever).")], errors);
        }

        output.WriteLine($"Registered {registration.Registered}, unchanged {registration.Unchanged} ({entries.Count} operations in {path}).");
        return 0;
    }

    private static int Fail(IReadOnlyList<string> problems, TextWriter errors)
    {
        foreach (var problem in problems)
        {
            errors.WriteLine(problem);
        }

        errors.WriteLine("Nothing was registered.");
        return 1;
    }
}

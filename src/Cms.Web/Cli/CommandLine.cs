using System.CommandLine;
using System.CommandLine.Parsing;

namespace Cms.Web.Cli;

/// <summary>
/// The operator's verbs on the server's executable: <c>setup</c>, <c>recipe run</c>, <c>export</c>, <c>graphql register</c>,
/// <c>backup</c>, <c>restore</c>, <c>verify</c>, <c>migrate</c>, <c>search rebuild</c>. Each prints what it did and exits 0 only on success; a failure
/// changes nothing. A mistake in the command line (an unknown option, a misspelt parameter, a data path without a site)
/// exits 2 before any work. With <c>--json</c> every verb ends by printing its <see cref="VerbReport"/>, and nothing
/// else, to standard output.
/// </summary>
public static class CommandLine
{
    /// <summary>First arguments that mean "run a verb" rather than "serve" (the shell-completion directive included).</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "setup", "recipe", "export", "graphql", "backup", "restore", "verify", "migrate", "search", "help", "--help", "-h", "-?",
    };

    /// <summary>Runs a verb and returns its exit code, or null when the arguments are not a verb (serve instead).</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || !(Verbs.Contains(args[0]) || args[0].StartsWith("[suggest", StringComparison.Ordinal)))
        {
            return null;
        }

        var (verbArgs, configurationArgs) = ConfigurationArguments.Split(args);
        if (string.Equals(verbArgs[0], "help", StringComparison.OrdinalIgnoreCase))
        {
            verbArgs[0] = "--help";
        }

        var context = new VerbContext(output, errors, configurationArgs);
        var parse = CreateRoot(context).Parse(verbArgs);
        context.JsonReport = parse.GetValue(context.Json);
        context.Report.Verb = VerbName(parse.CommandResult);
        var exitCode = await parse.InvokeAsync(
            new InvocationConfiguration { Output = context.Output, Error = errors, EnableDefaultExceptionHandler = false });
        if (parse.Errors.Count > 0)
        {
            exitCode = VerbRun.UsageError;
            context.Report.Error = new VerbError(VerbError.Usage, string.Join(" ", parse.Errors.Select(e => e.Message)));
        }

        if (context.JsonReport)
        {
            // A verb that failed without saying why in its report still gets an error, so the report keeps its shape.
            context.Report.Error ??= exitCode == 0 ? null
                : new VerbError(exitCode == VerbRun.UsageError ? VerbError.Usage : VerbError.Failed, "The verb failed; its messages are on standard error.");
            context.ReportOutput.WriteLine(context.Report.ToJson(exitCode).ToJsonString());
        }

        return exitCode;
    }

    /// <summary>The command's names below the root: <c>recipe run</c>.</summary>
    private static string VerbName(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult { Command: not RootCommand } named; result = result.Parent)
        {
            names.Insert(0, named.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static RootCommand CreateRoot(VerbContext context)
    {
        var root = new RootCommand(
            "Cms: run with no verb to serve the site (--urls, --Cms:Key=value). The verbs below work on one site's data folder; " +
            "configuration keys (--Cms:Key=value) are accepted by every verb, as by the server.")
        {
            SetupCommand.Create(context),
            RecipeRunCommand.Create(context),
            ExportCommand.Create(context),
            GraphQLRegisterCommand.Create(context),
            BackupCommand.Create(context),
            RestoreCommand.Create(context),
            VerifyCommand.Create(context),
            MigrateCommand.Create(context),
            SearchRebuildCommand.Create(context),
        };
        root.Options.Add(context.DataPath);
        root.Options.Add(context.Json);
        return root;
    }
}

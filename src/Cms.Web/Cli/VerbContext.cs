using System.CommandLine;

namespace Cms.Web.Cli;

/// <summary>
/// What every verb shares: where it writes, the configuration overrides it was given, <c>--data-path</c>, <c>--json</c>
/// and the report. With <c>--json</c>, standard output holds only the report: what a verb writes for people through
/// <see cref="Output"/> goes to standard error instead.
/// </summary>
internal sealed class VerbContext
{
    private readonly TextWriter _standardOutput;

    public VerbContext(TextWriter output, TextWriter errors, IReadOnlyList<string> configurationArgs)
    {
        _standardOutput = output;
        Errors = errors;
        ConfigurationArgs = configurationArgs;
    }

    /// <summary>Text for people: standard output, or standard error when the report takes standard output.</summary>
    public TextWriter Output => JsonReport ? Errors : _standardOutput;

    /// <summary>The verb being run (<c>recipe run</c>), as other writers waiting for the store name this process.</summary>
    public string Verb => Report.Verb;

    public TextWriter Errors { get; }

    /// <summary>Where the report goes with <c>--json</c>.</summary>
    public TextWriter ReportOutput => _standardOutput;

    /// <summary>Whether people are watching standard output live (a progress bar may redraw itself there).</summary>
    public bool OutputIsTerminal => !JsonReport && ReferenceEquals(_standardOutput, Console.Out) && !Console.IsOutputRedirected;

    /// <summary><c>--Section:Key=value</c> arguments, handed to the host's configuration as the server would take them.</summary>
    public IReadOnlyList<string> ConfigurationArgs { get; }

    public VerbReport Report { get; } = new();

    /// <summary>Set from <c>--json</c> once the command line is parsed, before the verb runs.</summary>
    public bool JsonReport { get; set; }

    public Option<string> DataPath { get; } = new("--data-path")
    {
        Description = "The site's data folder (default: Cms:DataPath, else App_Data under the content root).",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print one JSON report to standard output when the verb ends (schema: src/Cms.Web/Cli/verb-report.schema.json); " +
            "messages for people go to standard error.",
        Recursive = true,
    };

    /// <summary>Tells people what happened and keeps it in the report's messages.</summary>
    public void Say(string message)
    {
        Output.WriteLine(message);
        Report.AddMessage(message);
    }
}

using System.CommandLine;

namespace Cms.Web.Cli;

/// <summary>What every verb shares: where it writes, the configuration overrides it was given, and <c>--data-path</c>.</summary>
internal sealed class VerbContext
{
    public VerbContext(TextWriter output, TextWriter errors, IReadOnlyList<string> configurationArgs)
    {
        Output = output;
        Errors = errors;
        ConfigurationArgs = configurationArgs;
    }

    public TextWriter Output { get; }

    /// <summary>The verb being run (<c>recipe run</c>), as other writers waiting for the store name this process.</summary>
    public string Verb { get; set; } = "";

    public TextWriter Errors { get; }

    /// <summary><c>--Section:Key=value</c> arguments, handed to the host's configuration as the server would take them.</summary>
    public IReadOnlyList<string> ConfigurationArgs { get; }

    public Option<string> DataPath { get; } = new("--data-path")
    {
        Description = "The site's data folder (default: Cms:DataPath, else App_Data under the content root).",
        HelpName = "DIR",
        Recursive = true,
    };
}

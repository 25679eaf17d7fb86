namespace Cms.Web.Cli;

/// <summary>
/// Splits a verb's arguments into the verb's own and configuration overrides (<c>--Cms:Media:MaxFileSize=5000</c> or
/// <c>--Cms:DataPath /srv/cms</c>): any option whose name holds a colon is a configuration key, as for the server.
/// </summary>
internal static class ConfigurationArguments
{
    public static (List<string> VerbArgs, List<string> ConfigurationArgs) Split(IReadOnlyList<string> args)
    {
        var verbArgs = new List<string>();
        var configurationArgs = new List<string>();
        for (var index = 0; index < args.Count; index++)
        {
            var arg = args[index];
            if (!IsConfigurationKey(arg))
            {
                verbArgs.Add(arg);
                continue;
            }

            configurationArgs.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal) && index + 1 < args.Count)
            {
                configurationArgs.Add(args[++index]);
            }
        }

        return (verbArgs, configurationArgs);
    }

    private static bool IsConfigurationKey(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? arg[2..] : arg[2..equals];
        return name.Contains(':', StringComparison.Ordinal);
    }
}

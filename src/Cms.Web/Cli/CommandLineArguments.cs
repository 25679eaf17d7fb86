namespace Cms.Web.Cli;

/// <summary>A verb's arguments: positional values, <c>--flag</c>s and <c>--name value</c> options (repeatable).</summary>
internal sealed class CommandLineArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _flags = new(StringComparer.OrdinalIgnoreCase);

    private CommandLineArguments(List<string> positional)
    {
        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    /// <summary>Parses <paramref name="args"/>; names in <paramref name="flags"/> take no value.</summary>
    public static CommandLineArguments Parse(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        var result = new CommandLineArguments(positional);
        using var enumerator = args.GetEnumerator();
        while (enumerator.MoveNext())
        {
            var arg = enumerator.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var name = arg[2..];
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                result.Add(name[..equals], name[(equals + 1)..]);
            }
            else if (flags.Contains(name))
            {
                result._flags.Add(name);
            }
            else if (enumerator.MoveNext())
            {
                result.Add(name, enumerator.Current);
            }
            else
            {
                throw new CommandLineException($"The option --{name} needs a value.");
            }
        }

        return result;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> Values(string name) => _options.TryGetValue(name, out var values) ? values : [];

    public IEnumerable<string> OptionNames => _options.Keys.Concat(_flags);

    private void Add(string name, string value)
    {
        if (!_options.TryGetValue(name, out var values))
        {
            values = [];
            _options[name] = values;
        }

        values.Add(value);
    }
}

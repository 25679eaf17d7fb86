using System.Globalization;

namespace Cms.Benchmarks;

/// <summary><c>--name value</c> pairs and <c>--flag</c> switches.</summary>
internal sealed class BenchmarkArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static BenchmarkArguments Parse(IEnumerable<string> args)
    {
        var parsed = new BenchmarkArguments();
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null)
                {
                    parsed._values[pending] = null;
                }

                pending = arg[2..];
            }
            else if (pending is not null)
            {
                parsed._values[pending] = arg;
                pending = null;
            }
            else
            {
                throw new BenchmarkException($"Unexpected argument '{arg}'.");
            }
        }

        if (pending is not null)
        {
            parsed._values[pending] = null;
        }

        return parsed;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) => Value(name) ?? throw new BenchmarkException($"--{name} is required.");

    public int Int(string name, int fallback) =>
        Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}

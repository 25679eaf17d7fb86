using System.Reflection;

namespace Cms.Web.Hosting;

/// <summary>
/// Settings given on the command line (<c>--Cms:DataPath=...</c>) whose section is one of ours must name a property
/// of its options class: <c>--Cms:DatPath=/srv/prod</c> would otherwise be ignored and the default folder used.
/// Keys under sections we do not bind (<c>Cms:RecipeConfiguration:*</c>, other features' sections) pass untouched.
/// </summary>
internal static class CommandLineSettingNames
{
    public static void Check(IEnumerable<string> args, IEnumerable<(string Section, Type Options)> sections, List<string> problems)
    {
        var known = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var (section, options) in sections)
        {
            AddSection(known, section, options);
        }

        foreach (var key in args.Select(KeyOf).OfType<string>())
        {
            var colon = key.LastIndexOf(':');
            if (colon <= 0 || !known.TryGetValue(key[..colon], out var options))
            {
                continue;
            }

            var names = options.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
            var name = key[(colon + 1)..];
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var suggestion = NameSuggestion.Closest(name, names) is { } closest ? $" Did you mean {key[..colon]}:{closest}?" : "";
                problems.Add($"{key}: not a setting of {key[..colon]}.{suggestion}");
            }
        }
    }

    private static void AddSection(Dictionary<string, Type> known, string section, Type options)
    {
        known[section] = options;
        foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string)
                && property.PropertyType.GetConstructor(Type.EmptyTypes) is not null
                && !typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                AddSection(known, $"{section}:{property.Name}", property.PropertyType);
            }
        }
    }

    /// <summary>
    /// The configuration key of one argument, as the command-line configuration provider reads it. An empty value sets
    /// nothing, and hosts pass each section itself that way (<c>--Cms:Admin=</c>), so such arguments are not checked.
    /// </summary>
    private static string? KeyOf(string arg)
    {
        if (arg.EndsWith('='))
        {
            return null;
        }

        var name = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..]
            : arg.StartsWith('/') ? arg[1..]
            : arg.Contains('=', StringComparison.Ordinal) ? arg : null;
        var equals = name?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        return equals >= 0 ? name![..equals] : name;
    }
}

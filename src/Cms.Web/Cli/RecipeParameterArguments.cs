using Cms.Core.Recipes;
using Cms.Web.Hosting;

namespace Cms.Web.Cli;

/// <summary>
/// The <c>--param name=value</c> pairs of <c>recipe run</c>, checked against what the recipe declares (its root
/// <c>parameters</c> array) and what the site provides: a misspelt name or a declared one left out is refused
/// before anything runs, instead of reaching the recipe as null.
/// </summary>
internal static class RecipeParameterArguments
{
    public static Dictionary<string, string> Parse(IReadOnlyList<string> pairs, RecipeDescriptor recipe)
    {
        var known = recipe.Parameters.Concat(SiteRecipeParameters.Names).Distinct(StringComparer.Ordinal).ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                problems.Add($"--param needs name=value, not '{pair}'.");
            }
            else if (known.Contains(pair[..equals], StringComparer.Ordinal))
            {
                values[pair[..equals]] = pair[(equals + 1)..];
            }
            else
            {
                problems.Add(Unknown(pair[..equals], recipe, known));
            }
        }

        var missing = recipe.Parameters.Where(n => !values.ContainsKey(n) && !SiteRecipeParameters.Names.Contains(n)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"Recipe '{recipe.Name}' declares {Quote(missing)} with no value: add {string.Join(" ", missing.Select(n => $"--param {n}=VALUE"))}.");
        }

        return problems.Count == 0 ? values : throw new CommandLineException(string.Join(Environment.NewLine, problems));
    }

    private static string Unknown(string name, RecipeDescriptor recipe, IReadOnlyList<string> known)
    {
        var suggestion = NameSuggestion.Closest(name, known) is { } closest ? $" Did you mean '{closest}'?" : "";
        var declared = recipe.Parameters.Count == 0
            ? "It declares none (a recipe declares its parameters in a root \"parameters\" array of names)"
            : $"It declares {Quote(recipe.Parameters)}";
        return $"--param '{name}' is not a parameter of recipe '{recipe.Name}'.{suggestion} {declared}; the site provides {Quote(SiteRecipeParameters.Names)}.";
    }

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
